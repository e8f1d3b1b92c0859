# SPDX-FileCopyrightText: 2026 ScimDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Compile settings shared by every ScimDesk target, on one INTERFACE target.
add_library(scimdesk_common INTERFACE)
target_compile_features(scimdesk_common INTERFACE cxx_std_23)
target_compile_definitions(scimdesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SCIMDESK_VERSION="${PROJECT_VERSION}")
target_compile_options(scimdesk_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
    $<$<BOOL:${SCIMDESK_WERROR}>:-Werror>)
if(SCIMDESK_SANITIZE)
    target_compile_options(scimdesk_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(scimdesk_common INTERFACE -fsanitize=address,undefined)
endif()
