# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration files as the package ships them: the .desktop file and the AppStream metainfo pass their
# validators, the man page formats without warnings and documents every command `scimdesk --help` lists, and
# the desktop file, metainfo and icon use one application id.
find_program(DESKTOP_FILE_VALIDATE_EXECUTABLE desktop-file-validate REQUIRED)
find_program(APPSTREAMCLI_EXECUTABLE appstreamcli REQUIRED)
find_program(GROFF_EXECUTABLE groff REQUIRED)

# desktop-file-validate exits 0 on hints; any output is a finding, so the test fails on output too.
add_test(NAME packaging_desktop_file COMMAND ${DESKTOP_FILE_VALIDATE_EXECUTABLE} ${SCIMDESK_DESKTOP_FILE})
set_tests_properties(packaging_desktop_file PROPERTIES FAIL_REGULAR_EXPRESSION "error|warning|hint")
add_test(NAME packaging_metainfo
    COMMAND ${APPSTREAMCLI_EXECUTABLE} validate --no-net --strict --explain ${SCIMDESK_METAINFO_FILE})
add_test(NAME packaging_man_page_and_ids
    COMMAND ${CMAKE_COMMAND} -DSCIMDESK=$<TARGET_FILE:scimdesk> -DMAN_PAGE=${SCIMDESK_MAN_PAGE}
            -DGROFF=${GROFF_EXECUTABLE} -DDESKTOP_FILE=${SCIMDESK_DESKTOP_FILE}
            -DMETAINFO_FILE=${SCIMDESK_METAINFO_FILE} -DAPP_ID=${SCIMDESK_APP_ID}
            -P ${PROJECT_SOURCE_DIR}/packaging/check-desktop-integration.cmake)
