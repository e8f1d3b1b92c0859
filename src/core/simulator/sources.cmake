# SPDX-License-Identifier: GPL-3.0-or-later
# The built-in Okta simulator: an Okta org model, scenario files, and the engine that sends Okta's requests.
target_sources(scimdesk_core PRIVATE
    simulator/OktaOrg.h simulator/OktaOrg.cpp
    simulator/Scenario.h simulator/Scenario.cpp
    simulator/ProvisioningEngine.h simulator/ProvisioningEngine.cpp
)
