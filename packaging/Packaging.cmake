# SPDX-FileCopyrightText: 2026 ScimDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration and the Debian package: the binary (src/app installs it), a .desktop file and AppStream
# metainfo under the application id, the icon (SVG, plus PNGs rendered from it at build time with rsvg-convert),
# the man page, and CPack's DEB settings. `cpack -G DEB` in a build tree makes scimdesk_<version>_<arch>.deb.
include(GNUInstallDirs)

set(SCIMDESK_APP_ID io.github.scimdesk.ScimDesk)
set(_scimdesk_packaging_dir ${CMAKE_CURRENT_LIST_DIR})
set(_scimdesk_icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/${SCIMDESK_APP_ID}.svg)
set(SCIMDESK_DESKTOP_FILE ${_scimdesk_packaging_dir}/${SCIMDESK_APP_ID}.desktop)
set(SCIMDESK_METAINFO_FILE ${_scimdesk_packaging_dir}/${SCIMDESK_APP_ID}.metainfo.xml)

install(FILES ${SCIMDESK_DESKTOP_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${SCIMDESK_METAINFO_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_scimdesk_icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# PNG icons are build products (Debian 12: librsvg2-bin), not committed: the SVG is the only source.
find_program(RSVG_CONVERT_EXECUTABLE rsvg-convert REQUIRED)
set(_scimdesk_icon_pngs)
foreach(size 16 22 24 32 48 64 128 256)
    set(_png ${PROJECT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps/${SCIMDESK_APP_ID}.png)
    add_custom_command(OUTPUT ${_png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps
        COMMAND ${RSVG_CONVERT_EXECUTABLE} --width=${size} --height=${size} --keep-aspect-ratio
                --output=${_png} ${_scimdesk_icon_svg}
        DEPENDS ${_scimdesk_icon_svg}
        COMMENT "Rendering the ${size}x${size} icon"
        VERBATIM)
    list(APPEND _scimdesk_icon_pngs ${_png})
    install(FILES ${_png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# The man page carries the project version; Debian installs man pages compressed.
configure_file(${_scimdesk_packaging_dir}/scimdesk.1.in ${PROJECT_BINARY_DIR}/man/scimdesk.1 @ONLY)
set(SCIMDESK_MAN_PAGE ${PROJECT_BINARY_DIR}/man/scimdesk.1)
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/man/scimdesk.1.gz
    COMMAND gzip -9 -n -k -f ${SCIMDESK_MAN_PAGE}
    DEPENDS ${SCIMDESK_MAN_PAGE} ${_scimdesk_packaging_dir}/scimdesk.1.in
    COMMENT "Compressing the man page"
    VERBATIM)
install(FILES ${PROJECT_BINARY_DIR}/man/scimdesk.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${_scimdesk_packaging_dir}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/scimdesk)

add_custom_target(scimdesk_desktop_files ALL DEPENDS ${_scimdesk_icon_pngs} ${PROJECT_BINARY_DIR}/man/scimdesk.1.gz)

# The Debian package. shlibdeps finds the libraries the binary links; Qt's SQL drivers are plugins and QtKeychain
# dlopens libsecret, so those are named explicitly. Tokens need a Secret Service: recommend gnome-keyring.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME scimdesk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "ScimDesk developers")
set(CPACK_PACKAGE_CONTACT "ScimDesk developers <scimdesk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "ScimDesk embeds a SCIM 2.0 service provider (RFC 7643/7644) that Okta, or any SCIM client, provisions users \
and groups into. It keeps every request in a journal, shows who holds which role and why, replays Okta's requests \
and conformance test against any SCIM endpoint, and runs headless as a server (scimdesk serve).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/scimdesk/scimdesk")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libsecret-1-0")
# Qt's own translations (standard buttons and dialogs) for the German and French user interface.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
