# epistle_add_module(NAME <name> SOURCES ... [DEPENDS ...] [PRIVATE_DEPENDS ...])
# One static library per folder under src/, target epistle_<name>, alias Epistle::<name>.
# Headers are included as "<module>/Header.h" with src/ as the include root.
function(epistle_add_module)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;DEPENDS;PRIVATE_DEPENDS" ${ARGN})
    set(target epistle_${ARG_NAME})
    add_library(${target} STATIC ${ARG_SOURCES})
    add_library(Epistle::${ARG_NAME} ALIAS ${target})
    target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}/src" "${PROJECT_BINARY_DIR}/src")
    target_link_libraries(${target} PUBLIC ${ARG_DEPENDS} PRIVATE ${ARG_PRIVATE_DEPENDS})
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()

# epistle_add_test(NAME <module.Name> SOURCES ... [LIBS ...] [SANDBOX] [KEYCHAIN] [TIMEOUT s] [LABELS ...])
# A Qt Test executable registered with CTest. SANDBOX makes the test use the shared loopback
# mail sandbox (started and stopped by CTest fixtures); the test finds it through $EPISTLE_SANDBOX.
# KEYCHAIN runs the test under a private D-Bus session with an unlocked gnome-keyring.
function(epistle_add_test)
    cmake_parse_arguments(ARG "SANDBOX;KEYCHAIN" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    string(REPLACE "." "_" exe "tst_${ARG_NAME}")
    add_executable(${exe} ${ARG_SOURCES})
    target_link_libraries(${exe} PRIVATE Qt6::Test epistle_testsupport ${ARG_LIBS})
    set(command $<TARGET_FILE:${exe}>)
    if(ARG_KEYCHAIN)
        set(command "${PROJECT_SOURCE_DIR}/scripts/with-keychain" ${command})
    endif()
    add_test(NAME ${ARG_NAME} COMMAND ${command})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(env
        "QT_QPA_PLATFORM=offscreen"
        "EPISTLE_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "EPISTLE_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
        "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1"
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
    set(labels ${ARG_LABELS})
    if(ARG_SANDBOX)
        list(APPEND env "EPISTLE_SANDBOX=${EPISTLE_SANDBOX_DIR}")
        set_tests_properties(${ARG_NAME} PROPERTIES FIXTURES_REQUIRED mail_sandbox)
        list(APPEND labels sandbox)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${env}"
        LABELS "${labels}")
endfunction()

# epistle_add_fuzzer(NAME <name> SOURCES ... LIBS ... CORPUS <dir> [SECONDS n])
# A libFuzzer target (only with EPISTLE_FUZZ, clang). CTest runs it as fuzz.<name> for a bounded
# time on a copy of the seed corpus; a crash, leak or sanitizer report fails the test and leaves
# the input in <build>/fuzz-artifacts/<name>/. Crashes found become regression tests.
function(epistle_add_fuzzer)
    cmake_parse_arguments(ARG "" "NAME;CORPUS;SECONDS" "SOURCES;LIBS" ${ARGN})
    if(NOT ARG_SECONDS)
        set(ARG_SECONDS 30)
    endif()
    set(target fuzz_${ARG_NAME})
    add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE ${ARG_LIBS})
    target_link_options(${target} PRIVATE -fsanitize=fuzzer)
    set(work "${PROJECT_BINARY_DIR}/fuzz-work/${ARG_NAME}")
    set(artifacts "${PROJECT_BINARY_DIR}/fuzz-artifacts/${ARG_NAME}")
    add_test(NAME fuzz.${ARG_NAME}
        COMMAND sh -c "rm -rf '${work}' && mkdir -p '${work}' '${artifacts}' && cp -r '${ARG_CORPUS}/.' '${work}/' && exec \"$0\" -max_total_time=${ARG_SECONDS} -timeout=10 -rss_limit_mb=2048 -artifact_prefix='${artifacts}/' -print_final_stats=1 '${work}'" $<TARGET_FILE:${target}>)
    set_tests_properties(fuzz.${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_SECONDS}0
        LABELS fuzz
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;ASAN_OPTIONS=detect_leaks=1;LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0")
endfunction()

# epistle_add_benchmark(NAME <name> SOURCES ... LIBS ...)
# A benchmark program bench_<name>; bench/run builds and runs them and prints their figures.
function(epistle_add_benchmark)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(bench_${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(bench_${ARG_NAME} PRIVATE ${ARG_LIBS})
    target_include_directories(bench_${ARG_NAME} PRIVATE "${PROJECT_SOURCE_DIR}/src" "${PROJECT_SOURCE_DIR}/bench")
endfunction()
