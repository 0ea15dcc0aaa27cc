"""How far an organisation's name goes on invented text: a list of fields after "Ministry
of", "System of", "and" in a French or Spanish body's name, a known body after its country's
word, and the words that open a sentence before a body's name or open the name itself."""

from __future__ import annotations

from briefing.facts import extract_facts


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_facts(text).organisations]


def test_a_list_of_fields_after_of_goes_on_the_name() -> None:
    text = (
        "Growers will meet the Ministry of Tillage, Coastal Fisheries, Upland Development, "
        "Water and Forests in Velmora next week."
    )
    assert _orgs(text) == [
        "Ministry of Tillage, Coastal Fisheries, Upland Development, Water and Forests"
    ]
    # places listed after the body's name are no fields of it
    text = "The Ministry of Health, Paris and Lyon agreed on Monday."
    assert _orgs(text) == ["Ministry of Health"]


def test_a_system_of_goes_on_the_name() -> None:
    text = "Campuses of the Velmora State System of Higher Learning have merged since 2022."
    assert _orgs(text) == ["Velmora State System of Higher Learning"]


def test_and_in_a_french_or_spanish_body_name() -> None:
    text = "The Autorité de Contrôle des Ports et des Chemins de Fer said on Monday."
    assert _orgs(text) == ["Autorité de Contrôle des Ports et des Chemins de Fer"]
    text = "The Ministerio de Pesca y Acuicultura said on Monday."
    assert _orgs(text) == ["Ministerio de Pesca y Acuicultura"]


def test_a_known_body_after_its_country() -> None:
    text = "Agents from U.S. Immigration and Customs Enforcement detained him on Friday."
    assert _orgs(text) == ["U.S. Immigration and Customs Enforcement"]


def test_a_bodys_standing_opening_a_sentence_is_no_part_of_its_name() -> None:
    text = "Opposition Velmoran Democratic Party lawmaker Ana Reyes said the plan would fail."
    assert _orgs(text) == ["Velmoran Democratic Party"]
    text = "Rival Brenvik Telecom paid $40 million for the licence."
    assert _orgs(text) == ["Brenvik Telecom"]


def test_words_that_open_a_bodys_own_name() -> None:
    text = "She won the seat for the Workers Party of Velmora in May."
    assert _orgs(text) == ["Workers Party of Velmora"]
    text = "Owners can apply to the Small Business Administration for a loan."
    assert _orgs(text) == ["Small Business Administration"]


def test_a_country_prefixed_body_takes_its_acronym() -> None:
    text = (
        "U.S. Customs and Border Protection seized 40 crates on Friday. CBP officers said the "
        "fruit carried pests. The U.S. Department of Agriculture said on Monday that USDA "
        "inspectors would help."
    )
    assert _orgs(text) == ["U.S. Customs and Border Protection", "U.S. Department of Agriculture"]


def test_a_headlines_words_are_no_body() -> None:
    text = (
        "Asian Markets, Copper Prices Slip Tuesday\n\nAsian markets were mostly lower on Tuesday."
    )
    assert _orgs(text) == []
    text = "Police: Masked Gunman Forced His Way Into School\n\nA gunman entered the school."
    assert _orgs(text) == []
    text = "Minister Updates List of Harbour Sites Targeted for Swift, Intense Cleanup\n\nIt grew."
    assert _orgs(text) == []
    text = "Velmoran Supporters say They Will Fight for Oduya\n\nSupporters met on Monday."
    assert _orgs(text) == []
    # a line of names only is no headline: "Office of Public Affairs | ..."
    text = (
        "Office of Public Affairs | Velmora Attorney's Office | Northern District\n\n"
        "Three men were charged on Friday, prosecutors said."
    )
    assert "Office of Public Affairs" in _orgs(text)


def test_rules_and_registers_are_no_bodies() -> None:
    text = "The agency took two sites off the National Cleanup Priorities List on Friday."
    assert _orgs(text) == []
    text = "The Harbour Safety Regulations now in force curtail night fishing."
    assert _orgs(text) == []


def test_the_body_opening_a_sentence_is_the_same_body() -> None:
    text = (
        "The Army’s World Class Athlete Program grew on Monday. Soldiers joined the Army in "
        "May, the Army said."
    )
    assert _orgs(text) == ["Army", "World Class Athlete Program"]


def test_a_peoples_adjective_is_no_body() -> None:
    text = "Somali government spokesman Ali Warsame said the attack had failed."
    assert _orgs(text) == []


def test_an_armed_force_is_named_on_nothing() -> None:
    text = "The courage of the U.S. Navy on D-Day was recalled, Admiral Lena Fung said."
    assert _orgs(text) == ["U.S. Navy"]


def test_a_licence_line_names_no_body() -> None:
    text = "Three stalls burned overnight.\n\nTranslator: Ana Souza\n\nCreative Commons - CC BY 3.0"
    assert _orgs(text) == []
    text = "Creative Commons said on Monday it would change its licences."
    assert _orgs(text) == ["Creative Commons"]


def test_staffs_and_armed_groups_named_without_a_cue_word() -> None:
    text = "Velmora's General Staff said 40 attacks were repelled overnight."
    assert _orgs(text) == ["General Staff"]
    text = "A senior al-Shabab commander said the group would change tactics."
    assert _orgs(text) == ["Al-Shabaab"]


def test_a_news_service_in_a_byline_and_a_treaty_in_a_list() -> None:
    text = "Guard Helps After Storm\nBy Velmora Forces Press Service\n\nTOPEKA - Crews worked."
    assert "Velmora Forces Press Service" in _orgs(text)
    text = "He hailed deals with Velmora, USMCA and Japan as wins for farmers."
    assert _orgs(text) == []


def test_a_school_with_its_yearbook_or_staff_is_the_body() -> None:
    text = "Ruiz appeared in the Kellfield High School yearbook in 2009."
    assert _orgs(text) == ["Kellfield High School"]
    text = "The crowd packed the auditorium at Kellfield High School on Friday."
    assert _orgs(text) == []


def test_a_countrys_body_and_a_head_alone() -> None:
    # "Met Office" is the Icelandic Met Office named just before, not a second body
    text = "The Icelandic Met Office raised its alert. The Met Office says magma is building."
    assert _orgs(text) == ["Icelandic Met Office"]
    text = "A geologist at the agency told News in English the uplift had slowed."
    assert "News" not in _orgs(text)


def test_a_bodys_name_before_its_possessive_and_a_unit() -> None:
    text = "The U.S. Fish and Wildlife Service's Southeast Region announced the rule."
    assert "U.S. Fish and Wildlife Service" in _orgs(text)
    text = "Velmora's Animal and Plant Health Inspection Service (APHIS) confirmed the case."
    assert "Animal and Plant Health Inspection Service" in _orgs(text)


def test_the_congos_named_without_the_are_countries() -> None:
    facts = extract_facts("Rebels in the Democratic Republic of Congo seized a town on Monday.")
    assert [o.name for o in facts.organisations] == []
    assert [p.name for p in facts.places] == ["Democratic Republic of the Congo"]


def test_companies_by_their_legal_or_doubled_names() -> None:
    assert _orgs("Meta Platforms said on Monday it would appeal the fine.") == ["Meta"]
    assert _orgs("Johnson & Johnson said on Tuesday its sales rose.") == ["Johnson & Johnson"]


def test_a_section_heading_of_ordinary_words_is_no_body() -> None:
    text = "Farm Report\n\nCustomer Service:\nThe department answered 9,000 calls in May."
    assert _orgs(text) == []
    # a masthead of three words stays the outlet
    text = "Automotive Trade Weekly\n\nCar sales rose 4 percent in May, dealers said."
    assert _orgs(text) == ["Automotive Trade Weekly"]


def test_a_short_name_before_for_is_the_full_body() -> None:
    text = (
        "Velmora Fund, Benin sign road loan\n\n"
        "The Velmora Fund for Arab Economic Development signed the loan on Sunday."
    )
    assert _orgs(text) == ["Velmora Fund for Arab Economic Development"]


def test_national_societies_and_statistics_offices() -> None:
    assert _orgs("Aid reached Darfur with the help of the Sudanese Red Crescent.") == [
        "Sudanese Red Crescent"
    ]
    assert _orgs("According to Statistics Estonia, rail use rose 4 percent.") == [
        "Statistics Estonia"
    ]


def test_a_site_named_after_a_company_is_a_place() -> None:
    facts = extract_facts("The Brenwick Tannery site in Ohio was added to the cleanup list.")
    assert [o.name for o in facts.organisations] == []
    assert "Brenwick Tannery" in [p.name for p in facts.places]
    assert _orgs("Read more on the BBC site in English.") == ["BBC"]


def test_an_office_of_a_department_named_with_and_stays_whole() -> None:
    text = "The Department of Housing and Rural Affairs Office of Inspector General audited it."
    assert _orgs(text) == ["Department of Housing and Rural Affairs Office of Inspector General"]
    # an office after a body's head, ending the run, is a body's name, not a title
    text = "The case was referred to the Housing Office of the Attorney General on Monday."
    assert _orgs(text) == ["Housing Office of the Attorney General"]


def test_a_body_set_off_by_a_based_appositive() -> None:
    text = "Kestrel Earth, a U.S.-based advocacy group, said buyers should drop the supplier."
    assert "Kestrel Earth" in _orgs(text)


def test_a_company_suffix_with_its_full_stop_ends_the_name() -> None:
    text = "They ran Bright Path Rehab Inc. Ruano was sentenced to ten years in prison."
    assert _orgs(text) == ["Bright Path Rehab Inc."]
    text = "The bid went to Halvor Systems Ltd. Officials said it was the lowest."
    assert _orgs(text) == ["Halvor Systems Ltd."]


def test_federal_investigators_without_a_head_word() -> None:
    text = "Homeland Security Investigations and IRS Criminal Investigation assisted."
    assert _orgs(text) == ["Homeland Security Investigations", "IRS Criminal Investigation"]


def test_a_field_office_of_a_known_agency_names_the_agency_too() -> None:
    text = "Agents of the Velmora Field Office of the Federal Bureau of Investigation searched it."
    assert _orgs(text) == ["Velmora Field Office of the Federal Bureau of Investigation", "FBI"]


def test_an_opening_word_after_for_goes_on_the_name() -> None:
    text = "The Velmora Office for Police Oversight opened an inquiry on Monday."
    assert _orgs(text) == ["Velmora Office for Police Oversight"]


def test_big_opens_a_fund_name() -> None:
    text = "Loans came from Big Harbour Capital, a lender for charities."
    assert _orgs(text) == ["Big Harbour Capital"]


def test_two_officers_and_their_office_are_one_name() -> None:
    text = "Results came from the Velmora County Clerk and Recorder's Office on Wednesday."
    assert _orgs(text) == ["Velmora County Clerk and Recorder's Office"]


def test_a_nations_body_of_two_sports_is_one_name() -> None:
    text = "Italian Rowing and Sculling Federation president Ada Fenni said the regatta stays."
    assert _orgs(text) == ["Italian Rowing and Sculling Federation"]


def test_peoples_names_joined_before_tribes_are_one_government() -> None:
    text = "The Fort Velm Assiniboine and Sioux Tribes approved the plan on Monday."
    assert _orgs(text) == ["Fort Velm Assiniboine and Sioux Tribes"]


def test_a_firm_named_after_its_founders_possessive_stays_whole() -> None:
    text = "Its clients include Dr. Varma's Laboratories and a dairy group."
    facts = extract_facts(text)
    assert _orgs(text) == ["Dr. Varma's Laboratories"]
    assert facts.people == []


def test_a_committee_on_its_field_after_an_owner() -> None:
    text = "At the hearing of the Senate's Velmora Committee on Housing, the minister spoke."
    assert _orgs(text) == ["Senate", "Velmora Committee on Housing"]
    text = "Hotels on Kalymnos have reported cancellations from climbing groups."
    assert _orgs(text) == []
