# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (package g++-mingw-w64-x86-64-posix).
# Used by scripts/test-windows-kernels.sh to check that the kernels build and pass their tests on Windows:
#   cmake -S . -B build-mingw -DCMAKE_TOOLCHAIN_FILE=cmake/mingw-w64-x86_64.cmake -DDF_WITH_QGIS=OFF
# The POSIX-threads variant of the compiler, so that std::thread and std::mutex are there should a kernel use
# them (the win32 variant lacks them). Programs are linked statically: a .exe runs under wine or on Windows
# without the mingw runtime DLLs beside it.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(DF_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${DF_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${DF_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${DF_MINGW_TRIPLE}-windres)

# Headers, libraries and CMake packages come from the mingw sysroot only, never from the Linux host.
set(CMAKE_FIND_ROOT_PATH /usr/${DF_MINGW_TRIPLE})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")

# ctest (and add_test) run the Windows programs through wine when it is installed.
find_program(DF_WINE NAMES wine wine64)
if(DF_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${DF_WINE})
endif()
