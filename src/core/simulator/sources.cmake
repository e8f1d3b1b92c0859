# SPDX-License-Identifier: GPL-3.0-or-later
# The built-in Okta simulator: an Okta org model, scenario files, the engine that sends Okta's requests,
# and the conformance runner (Okta's SPEC test and request scripts against any SCIM endpoint).
target_sources(scimdesk_core PRIVATE
    simulator/OktaOrg.h simulator/OktaOrg.cpp
    simulator/Scenario.h simulator/Scenario.cpp
    simulator/ProvisioningEngine.h simulator/ProvisioningEngine.cpp
    simulator/OktaHttp.h simulator/OktaHttp.cpp
    simulator/Conformance.h simulator/Conformance.cpp
    simulator/SimulatorSession.h simulator/SimulatorSession.cpp
)
