# Not a test: the program scripts/screenshots runs under xvfb-run to picture the GUI.
add_executable(epistle_screenshots ScreenshotTool.cpp)
target_link_libraries(epistle_screenshots PRIVATE epistle_ui)
