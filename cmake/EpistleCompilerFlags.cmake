# glib (through GMime) has a struct member named `signals`: Qt's keywords are off project-wide,
# so code writes Q_SIGNALS, Q_SLOTS and Q_EMIT.
add_compile_definitions(QT_NO_KEYWORDS QT_NO_FOREACH
                        QT_DISABLE_DEPRECATED_BEFORE=0x060000)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    add_compile_options(-Wall -Wextra)
    if(EPISTLE_WERROR)
        add_compile_options(-Werror)
    endif()
endif()

if(EPISTLE_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "EPISTLE_SANITIZE needs GCC or Clang")
    endif()
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

if(EPISTLE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "EPISTLE_FUZZ needs clang (CXX=clang++-14); libFuzzer comes with libclang-rt-14-dev")
    endif()
    # Libraries get coverage instrumentation; only fuzz targets link the libFuzzer main.
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
