# SPDX-License-Identifier: GPL-3.0-or-later
# Translations: the .ts files in translations/ compiled by lrelease and embedded at :/i18n, and the code that
# picks the language (the settings, else the system's) and installs ScimDesk's and Qt's own translators.
target_sources(scimdesk_core PRIVATE
    i18n/Translations.h i18n/Translations.cpp
)
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
set(SCIMDESK_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/scimdesk_en.ts
    ${PROJECT_SOURCE_DIR}/translations/scimdesk_de.ts
    ${PROJECT_SOURCE_DIR}/translations/scimdesk_fr.ts
)
qt_add_lrelease(scimdesk_core TS_FILES ${SCIMDESK_TS_FILES} QM_FILES_OUTPUT_VARIABLE scimdesk_qm_files)
qt_add_resources(scimdesk_core scimdesk_translations PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${scimdesk_qm_files})
