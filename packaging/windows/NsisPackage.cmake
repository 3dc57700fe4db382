# Windows installer (CPack NSIS), included by packaging/CMakeLists.txt on Windows before include(CPack).
# Build it as docs/PACKAGING.md says: a Qt 6 MSVC kit, NSIS 3 on PATH, then `cpack -G NSIS`.
# It cannot be built on the project's Linux machines; keep it in step with the Linux install layout.

# Programs go to <install dir>\bin with the Qt libraries and plugins windeployqt copies beside them.
# windeployqt runs during `cpack` on the staged copy, so the build tree stays untouched.
get_target_property(ll_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(ll_qt_bin "${ll_qmake}" DIRECTORY)
find_program(LL_WINDEPLOYQT windeployqt HINTS "${ll_qt_bin}" REQUIRED)
set(ll_deploy_targets liaison-ledger-cli)
if(TARGET liaison-ledger)
  list(APPEND ll_deploy_targets liaison-ledger)
endif()
foreach(target IN LISTS ll_deploy_targets)
  install(CODE "
    execute_process(
      COMMAND \"${LL_WINDEPLOYQT}\" --release --no-compiler-runtime --no-translations
              --no-opengl-sw --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
              \"\${CMAKE_INSTALL_PREFIX}/bin/$<TARGET_FILE_NAME:${target}>\"
      RESULT_VARIABLE ll_deploy_result)
    if(NOT ll_deploy_result EQUAL 0)
      message(FATAL_ERROR \"windeployqt failed for ${target}\")
    endif()")
endforeach()
# SQLite (sqlite3.dll), libxlsxwriter, libzip and qpdf are not Qt: install the DLLs the build linked (vcpkg puts
# them next to the import libraries' bin folder) — LL_WINDOWS_EXTRA_DLLS lists them.
set(LL_WINDOWS_EXTRA_DLLS "" CACHE FILEPATH "Extra DLLs to ship next to the programs (sqlite3.dll, xlsxwriter.dll, zip.dll, qpdf29.dll)")
if(LL_WINDOWS_EXTRA_DLLS)
  install(FILES ${LL_WINDOWS_EXTRA_DLLS} DESTINATION bin)
endif()
# The compiler runtime, through CMake's own module (windeployqt is told not to copy it).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# The installer itself.
set(CPACK_NSIS_PACKAGE_NAME "Liaison Ledger ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Liaison Ledger")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "LiaisonLedger")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# Start-menu entry: bin\liaison-ledger.exe under "Liaison Ledger".
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
if(TARGET liaison-ledger)
  set(CPACK_PACKAGE_EXECUTABLES "liaison-ledger" "Liaison Ledger")
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\liaison-ledger.exe")
  set(CPACK_NSIS_MUI_FINISHPAGE_RUN "liaison-ledger.exe")
endif()
if(DEFINED LL_WINDOWS_ICON)
  # NSIS wants backslashes in the icon path.
  file(TO_NATIVE_PATH "${LL_WINDOWS_ICON}" ll_native_icon)
  string(REPLACE "\\" "\\\\" ll_native_icon "${ll_native_icon}")
  set(CPACK_NSIS_MUI_ICON "${ll_native_icon}")
  set(CPACK_NSIS_MUI_UNIICON "${ll_native_icon}")
endif()

# Installer languages: Simplified Chinese and English only. CMake's own template offers several
# dozen; this writes a copy whose language list is cut to the two, and NSIS picks the one matching
# the Windows display language (English otherwise).
set(ll_template "${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in")
if(NOT EXISTS "${ll_template}")
  set(ll_template "${CMAKE_ROOT}/Modules/NSIS.template.in")
endif()
file(READ "${ll_template}" ll_nsis)
string(REGEX REPLACE "(  !insertmacro MUI_LANGUAGE \"[A-Za-z]+\"[^\n]*\n)+"
  "  !insertmacro MUI_LANGUAGE \"English\"\n  !insertmacro MUI_LANGUAGE \"SimpChinese\"\n" ll_nsis "${ll_nsis}")
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/nsis/NSIS.template.in" "${ll_nsis}")
set(CPACK_MODULE_PATH "${CMAKE_CURRENT_BINARY_DIR}/nsis" ${CPACK_MODULE_PATH})
