# SPDX-License-Identifier: GPL-3.0-or-later
# The SCIM protocol layer: filter parser/evaluator (with PATCH paths) and the PATCH engine.
# Canned payloads live in data/filter and data/patch.
scimdesk_add_test(tst_filter SOURCES tst_filter.cpp LIBS scimdesk_core)
scimdesk_add_test(tst_patch SOURCES tst_patch.cpp LIBS scimdesk_core)
