"""Places found by the shape of the sentence (routes' ends, stations, wards, lines) rather
than by the gazetteer; sentences written for these tests."""

from __future__ import annotations

from briefing.facts import extract_facts


def places(body: str) -> dict[str, str]:
    return {p.name: p.kind for p in extract_facts(body).places}


def test_a_routes_two_ends_are_places() -> None:
    assert {"Lekki", "Ajah"} <= set(places("Drivers on the Lekki-Ajah route raised fares."))
    found = places("The new ship will sail the Oban to Craignure route from next spring.")
    assert {"Oban", "Craignure"} <= set(found)
    # (not a hyphenated word that is no pair of places, nor days)
    assert places("The Anglo-French route was agreed.") == {}
    assert places("Trains run from Monday to Friday on the line.") == {}


def test_where_a_service_runs_from_and_to_or_between() -> None:
    found = places("Ferries from Wemyss Bay to Rothesay were cancelled on Tuesday.")
    assert {"Wemyss Bay", "Rothesay"} <= set(found)
    found = places("The 08:15 from Leeds to Kelmarsh Parkway was cancelled.")
    assert "Kelmarsh Parkway" in found
    facts = extract_facts(
        "Passengers were told not to travel between Dunmore Central and Kelso Road. "
        "Later, services from Dunmore Central to Kelso Road resumed."
    )
    assert {"Dunmore Central", "Kelso Road"} <= {p.name for p in facts.places}
    assert not facts.people
    # (a transfer between clubs is no journey)
    assert places("He moved from Celtic to Rangers in 2019.") == {}


def test_a_station_named_without_its_city_is_the_same_place() -> None:
    facts = extract_facts(
        "Trains between London Marylebone and Oxford were cancelled. The 09:10 from "
        "London Marylebone was the last to run, and crowds built up in Marylebone."
    )
    station = [p for p in facts.places if p.name == "London Marylebone"]
    assert len(station) == 1 and "Marylebone" in station[0].mentions
    assert "Marylebone" not in {p.name for p in facts.places}


def test_a_railway_line_is_a_place_in_a_text_about_trains() -> None:
    found = places(
        "Trains on the Riverside Line were suspended, and commuters on the North Shore Main "
        "Line face delays after a signal failure near the station."
    )
    assert {"Riverside Line", "North Shore Main Line"} <= set(found)
    # (a shipping line in a story about ships stays a body)
    assert "Solberg Line" not in places("Solberg Line moved three services to Rotterdam.")


def test_a_name_before_a_place_noun_is_a_place() -> None:
    assert "Upper Kelvin" in places("A student who lives near Upper Kelvin station said so.")
    assert "Ashgrove North" in places("Labour held the Ashgrove North ward on Thursday.")
    found = places("The operator said Harbourfront and Marina Bay stations would close early.")
    assert {"Harbourfront", "Marina Bay"} <= set(found)


def test_a_district_in_a_list_of_places_is_no_person() -> None:
    facts = extract_facts(
        "The outage will affect Roodepoort, Florida, Kloofwater Ridge and Soweto."
    )
    assert "Kloofwater Ridge" in {p.name for p in facts.places}
    assert not facts.people
    # (a senator listed after a place stays a person)
    facts = extract_facts("Voters in Ohio and Senator Amy Klobuchar of Minnesota agreed.")
    assert "Amy Klobuchar" in {p.name for p in facts.people}


def test_roads_and_uplands_by_their_last_word() -> None:
    found = places("Snow closed the Lakeshore Turnpike and fell over the Tug Ridge Plateau.")
    assert {"Lakeshore Turnpike", "Tug Ridge Plateau"} <= set(found)


def test_a_small_place_the_gazetteer_knows_counts_in_a_story_about_its_country() -> None:
    text = "Sindh is expected to set its own wheat price. Farmers in Pakistan want more."
    assert {"Sindh", "Pakistan"} <= set(places(text))
    # (with no word of its country, the province needs a cue of its own)
    assert "Sindh" not in places("Sindh is expected to set its own wheat price.")


def test_a_move_from_an_unknown_place_to_a_well_known_one() -> None:
    found = places("The decision to move the capital from Kelvanos to Athens was taken in 1834.")
    assert {"Kelvanos", "Athens"} <= set(found)
    assert places("He moved from Chelsea to Arsenal in 2019.") == {}
    assert "Maria Lopez" not in places("A letter from Tehran to Maria Lopez was delivered.")


def test_what_the_text_says_a_name_is() -> None:
    assert "Tavira" in places("Tavira is a small town on the Algarve coast.")
    assert "Corvano" in places("Corvano is in the province of Palawan, the guide says.")
    assert "Smith" not in places("Smith is a town councillor in Leeds.")


def test_districts_ports_and_streets_by_their_words() -> None:
    found = places("Tourists love the old Thissio and Plakora districts.")
    assert {"Thissio", "Plakora"} <= set(found)
    assert "Port Kellan" in places("The ferry was built at the yard at Port Kellan.")
    found = places("Turn left on Anderson Ave and walk to Hudson Terrace.")
    assert {"Anderson Ave", "Hudson Terrace"} <= set(found)


def test_compass_regions_numbered_roads_and_lakes_opening_a_sentence() -> None:
    found = places("A councillor said the Mid-West needed a new emergency department.")
    assert found == {"Mid-West": "region"}
    found = places("Police closed Interstate 90 and Route 66. The I-9 form was filed.")
    assert set(found) == {"Interstate 90", "Route 66"}
    found = places("Lake-effect snow is expected.\n\nLake Wendel's water is still warm.")
    assert "Lake Wendel" in found


def test_a_trial_or_a_currency_is_no_place() -> None:
    assert places("The approval was based on the Phase III ORCHID-MG trial.") == {}
    found = extract_facts("Petrol rose to N1,180 per litre in Lagos.")
    assert {p.name for p in found.places} == {"Lagos"}
    assert not found.organisations


def test_a_country_before_prime_minister_and_a_state_opening_a_sentence() -> None:
    assert "New Zealand" in places("He met New Zealand Prime Minister Jacinda Ardern.")
    assert "Philippines" in places("Philippines Vice President Leni Robredo spoke.")
    found = places("The rate was high in Alaska.\n\nNew Jersey had the lowest rate.")
    assert set(found) == {"Alaska", "New Jersey"}


def test_the_river_before_its_name() -> None:
    assert places("The office stands on an island in the river Wenlow.") == {"Wenlow": "site"}


def test_where_people_live_and_numbered_streets_wards_and_regions() -> None:
    facts = extract_facts("Residents of Kilimani say the new bypass has cut their commute.")
    assert {p.name for p in facts.places} == {"Kilimani"} and not facts.people
    assert "Ban Nong Khai" in places("Rescuers reached the village of Ban Nong Khai by boat.")
    found = places(
        "A shooting near 38th Street was reported. Voters in Ward 4 and Region 11 agreed."
    )
    assert {"38th Street", "Ward 4", "Region 11"} <= set(found)


def test_a_site_is_not_named_on_a_day() -> None:
    assert places("Shoppers packed Oxford Street on Black Friday.") == {"Oxford Street": "site"}


def test_near_a_place_by_its_compass_point_or_edge_and_named_places() -> None:
    facts = extract_facts("Wreckage was found 22 kilometres north-west of Varnesby on Monday.")
    assert {p.name for p in facts.places} == {"Varnesby"} and not facts.people
    assert "Kelmarsh" in places("Plans for 480 homes at the edge of Kelmarsh were approved.")
    assert "Dunmore Place" in places("Police sealed off Dunmore Place after the protest.")


def test_national_teams_and_clubs_named_by_their_place_in_a_match_report() -> None:
    text = (
        "Tendai Moyo took 5 for 40 to bowl Zimbabwe to a 90-run victory over Namibia. "
        "Namibia's coach said his batters were poor. Zimbabwe's captain praised Moyo, who took the last "
        "wicket lbw before tea in the second innings."
    )
    facts = extract_facts(text)
    assert not {"Zimbabwe", "Namibia"} & {p.name for p in facts.places}
    assert {"Zimbabwe", "Namibia"} <= {o.name for o in facts.organisations}
    text = (
        "The Harbour City Hawks beat the Ridgeway Royals 3-1. Striker Ola Berg scored twice for "
        "Harbour City, who top the league, and the goalkeeper kept a clean sheet. The Hawks "
        "travel to Ridgeway next week."
    )
    facts = extract_facts(text)
    hawks = [o for o in facts.organisations if o.name == "Harbour City Hawks"]
    assert hawks and "Harbour City" in hawks[0].mentions
    assert "Harbour City" not in {p.name for p in facts.places}


def test_a_saints_ground_keeps_its_possessive() -> None:
    found = places("The second Test begins at St Aldhelm's Park in Gqeberha on Friday.")
    assert "St Aldhelm's Park" in found
    assert "St Aldhelm" not in {
        p.name for p in extract_facts("Fans met at St Aldhelm's Park.").people
    }


def test_a_state_named_with_its_head_word_before_government() -> None:
    assert places("Kaduna State government has banned the rallies.") == {"Kaduna State": "region"}


def test_a_short_form_folded_into_a_longer_place_is_not_looked_up_again() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts(
        "Crews closed U.S. Route 2 near the border on Monday. Route 2 reopened later, and "
        "U.S. Route 2 was busy again."
    )
    assert {p.name for p in facts.places} == {"U.S. Route 2"}


def test_the_seat_a_member_of_parliament_holds_is_a_place() -> None:
    facts = extract_facts(
        "Elin Pryce, the Plaid Cymru Member of the Senedd for Dwyfor Arfon, said she would "
        "raise it. Tom Hale, the Conservative MP for Wexley and Ashcombe, agreed."
    )
    assert {p.name for p in facts.places} == {"Dwyfor Arfon", "Wexley and Ashcombe"}
    assert {p.name for p in facts.people} == {"Elin Pryce", "Tom Hale"}
    # two members, two seats; a special envoy "for" a country is no seat of his
    found = places("The MPs for Wexley and Ashcombe met at noon.")
    assert set(found) == {"Wexley", "Ashcombe"}
    assert places("She raised money for Oxfam and the MP said no.") == {}


def test_names_listed_with_a_plural_place_noun_are_places() -> None:
    found = places(
        "Patients in the municipalities of Varkomaa, Peltola and Suvanto fear the change. "
        "The ministry asked the city to work with Dak Rang and Tan Lac provinces."
    )
    assert {"Varkomaa", "Peltola", "Suvanto", "Dak Rang", "Tan Lac"} <= set(found)
    assert not extract_facts("They met Dak Rang and Tan Lac provinces officials.").people
    # a county named in full elsewhere is the same place
    facts = extract_facts("Power was cut in Orland and Tehama counties. Tehama County said no.")
    assert {p.name: p.mentions for p in facts.places}["Tehama County"] == [
        "Tehama",
        "Tehama County",
    ]
    # ordinary capitalised words before the noun name no places
    assert places("The mayors of the Old and New towns agreed.") == {}
    # a name with a particle is one item
    found = places("Contracts in the states of Serra Alta and Rio das Pedras were hit.")
    assert set(found) == {"Serra Alta", "Rio das Pedras"}


def test_a_name_before_village_is_a_place() -> None:
    found = places("The ministry said so.\n\nA driver from Cibodas village said the road was shut.")
    assert set(found) == {"Cibodas"}


def test_a_market_a_bazaar_or_a_showground_is_a_site() -> None:
    found = places(
        "The line will run from Ben Lac Market to a depot. Cheques were handed over at the "
        "Harwood Agricultural Showground, near the old Kara Bazaar."
    )
    assert {"Ben Lac Market", "Harwood Agricultural Showground", "Kara Bazaar"} <= set(found)
    assert not extract_facts("The line will run from Ben Lac Market to a depot.").people


def test_places_listed_after_residents_of_or_a_plural_noun_and_including() -> None:
    found = places(
        "Angry residents of Brimley Lane, Morne Sainte and Tavaro blocked the road. The "
        "governorate has 30 collection points across its centres, including Kafr Amin, "
        "Batra, El-Sanur and Ouda."
    )
    assert {
        "Brimley Lane",
        "Morne Sainte",
        "Tavaro",
        "Kafr Amin",
        "Batra",
        "El-Sanur",
        "Ouda",
    } <= set(found)
    assert not extract_facts("Angry residents of Morne Sainte and Tavaro protested.").people
    # ordinary words after the noun name no places
    assert places("It funds areas such as Health and Education.") == {}


def test_malay_place_words_open_a_place_and_a_ringgit_amount_is_none() -> None:
    found = places(
        "The drains in Taman Seri Mewah will be widened so that Sungai Penchala does not "
        "flood Kota Seri again, at a cost of RM2.3bil and fines of up to RM2,000."
    )
    assert set(found) == {"Taman Seri Mewah", "Sungai Penchala", "Kota Seri"}


def test_a_town_beside_a_big_city_before_a_route_noun() -> None:
    assert set(places("The Colombo-Badulla night mail train will not run.")) == {
        "Colombo",
        "Badulla",
    }


def test_country_codes_after_surnames_in_a_table_of_results() -> None:
    found = places(
        "Standings after round 7:\n1. Kaldmaa (EST) 6\n2. Rustamov (KAZ), Lind (SWE) 5½\n"
        "4. Varga (HUN) 5"
    )
    assert {"Estonia", "Kazakhstan", "Sweden", "Hungary"} <= set(found)
    # one code after one word is no table
    assert places("Shares in Lind (SWE) rose.") == {}


def test_a_compass_word_before_a_country_or_a_district_of_a_state() -> None:
    found = places(
        "Factories in Western Ruritania closed.\n\nEastern Germany under pressure\n\nThe case "
        "was filed in the Southern District of Ohio. Western Union shares fell."
    )
    assert {"Eastern Germany", "Southern District of Ohio"} <= set(found)
    assert "Western Union" not in found and "Union" not in found


def test_a_seat_before_its_members_title_and_a_district_before_an_mp() -> None:
    facts = extract_facts(
        'MP for Caroni Heights Dr Asha Ramdial said the water would come. "We are tired," '
        "the Kurunegala District MP said. Union Secretary Nimal Perera agreed."
    )
    assert {"Caroni Heights", "Kurunegala District"} <= {p.name for p in facts.places}
    assert "Union" not in {p.name for p in facts.places}
    assert {"Asha Ramdial", "Nimal Perera"} <= {p.name for p in facts.people}


def test_a_place_named_with_its_small_feature_noun() -> None:
    found = places(
        "The Tarra ravine burst its banks. Water at El Fresno dam fell, and the aqueduct from "
        "El Fresno is dry. Fighting reached Kafa camp on Monday. We crossed the Vesla pass at "
        "dawn. The clinic on the Penmor peninsula closed."
    )
    assert {"Tarra ravine", "El Fresno dam", "Kafa camp", "Vesla pass", "Penmor peninsula"} <= (
        set(found)
    )
    assert "El Fresno" not in found  # (a mention of the dam)
    # a political camp or a player's pass is no place
    assert places('"The Doyle camp is worried," he said after a fine Ruiz pass.') == {}


def test_numbered_districts_metro_lines_and_a_film_centre_in_use() -> None:
    found = places(
        "Metro Line 2 will run from District 12 to District 1. Academy District 20 wrote to "
        "parents. The director attended Q&As at the Lumen Film Center on Friday."
    )
    assert {"Metro Line 2", "District 12", "District 1", "Lumen Film Center"} <= set(found)
    assert "District 20" not in found


def test_addresses_with_a_short_street_kind_directions_and_county_roads() -> None:
    found = places(
        "Tools were sold at a pawnshop on Northwest 14th Street. His trailer stood off County "
        "Road 17. The clinic is at 1400 E. Alder St., and the office at 1002 W. Elm Ave."
    )
    assert {"Northwest 14th Street", "County Road 17", "E. Alder St.", "W. Elm Ave."} <= set(found)
    assert "14th Street" not in found and "County Road" not in found


def test_an_unknown_town_right_after_near_or_outside_is_a_place() -> None:
    found = places(
        "Grower Tom Bell, whose family has farmed navels outside Kelmark since 1956, said the "
        "fly was new. Traps were set near Durrabin last week."
    )
    assert {"Kelmark", "Durrabin"} <= set(found)


def test_a_state_lawmakers_home_town_after_the_party_letter_is_a_place() -> None:
    from briefing.facts import extract_facts

    text = (
        "The bill, sponsored by Sen. Mara Quell-Ruiz, D-Cicero, cleared the panel. "
        "Sen. Dale Hutchens, R-Effingham, opposed it, and Senate President Don Harlan, "
        "D-Oak Park, has not said when it will be called. Rep. Jim Jordan, R-Ohio, spoke, "
        "and Senator Jo Marsh (R-AZ) agreed."
    )
    facts = extract_facts(text)
    assert {"Cicero", "Effingham", "Oak Park", "Ohio", "Arizona"} <= {p.name for p in facts.places}
    assert {p.name for p in facts.people} == {
        "Mara Quell-Ruiz",
        "Dale Hutchens",
        "Don Harlan",
        "Jim Jordan",
        "Jo Marsh",
    }


def test_mountains_are_found_however_the_abbreviation_is_written() -> None:
    from briefing.facts import extract_facts

    text = (
        "The climbers stood atop Mt Everest on Monday. The ferry sails from Tallinn to "
        "St. Petersburg."
    )
    places = {p.name: p.mentions for p in extract_facts(text).places}
    assert "Mt Everest" in places.get("Mount Everest", [])
    assert any("St. Petersburg" in m for m in places.values())
    assert "St" not in places


def test_a_home_town_after_a_persons_age_is_a_place_even_unknown() -> None:
    from briefing.facts import extract_facts

    text = (
        "Pemba Lhamu, 34, of Tharkeling died on the ridge. Ana Cole, 58, of Dalton, Ga., was "
        "hurt. Sgt. Tom Reyes, 41, of the Royal Marines, and Jo Pike, 23, of Acme Corp spoke."
    )
    places = {p.name for p in extract_facts(text).places}
    assert {"Tharkeling", "Dalton", "Georgia"} <= places
    assert not places & {"Royal Marines", "Acme Corp"}


def test_a_based_place_stays_a_place_after_by() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts("The drug, developed by Boston-based Halvern Therapeutics, works.")
    assert "Boston" in {p.name for p in facts.places}
    assert "Boston" not in {o.name for o in facts.organisations}


def test_a_seat_before_its_members_title_is_a_place_and_the_member_a_person() -> None:
    from briefing.facts import extract_facts

    text = (
        "Cape Breton Centre-Whitney Pier MLA Kenna Boutard said the clinic would close. "
        "Liberal MLA Tim Harlow and Labour MP Dina Abbot agreed."
    )
    facts = extract_facts(text)
    assert {p.name for p in facts.people} == {"Kenna Boutard", "Tim Harlow", "Dina Abbot"}
    places = {p.name for p in facts.places}
    assert "Cape Breton Centre-Whitney Pier" in places
    assert not places & {"Liberal", "Labour"}


def test_a_street_named_with_an_ordinal_keeps_it() -> None:
    from briefing.facts import extract_facts

    text = "The zone lies within the Third Ring Road. He lives on Second Avenue near First Street."
    places = {p.name for p in extract_facts(text).places}
    assert {"Third Ring Road", "Second Avenue", "First Street"} <= places
    assert not places & {"Ring Road", "Avenue"}


def test_a_demonym_opened_by_cape_is_no_site() -> None:
    from briefing.facts import extract_facts

    text = "The mission, led by former Cape Verdean president Jorge Monteiro, sailed past Cape Cod."
    assert {p.name for p in extract_facts(text).places} == {"Cape Cod"}


def test_pass_before_a_number_or_determiner_is_a_verb() -> None:
    from briefing.facts import extract_facts

    text = "Temperatures in Abu Dhabi pass 48C in summer. Troops crossed the Labruja pass at dawn."
    assert {p.name for p in extract_facts(text).places} == {"Abu Dhabi", "Labruja pass"}


def test_us_before_dollars_is_the_currency() -> None:
    from briefing.facts import extract_facts

    assert not extract_facts("Contractors want their money in US dollars, farmers said.").places
    text = "Contractors want US dollars. The US imposed tariffs."
    assert {p.name for p in extract_facts(text).places} == {"United States"}


def test_spanish_names_with_los_and_foreign_palaces_and_squares() -> None:
    from briefing.facts import extract_facts

    text = (
        "Vendors of the Plaza de los Coches protested in front of the Palacio de la Aduana. "
        "Crowds gathered on Plac Wszystkich Swietych and in San Nicolás de los Garza."
    )
    places = {p.name for p in extract_facts(text).places}
    assert {
        "Plaza de los Coches",
        "Palacio de la Aduana",
        "Plac Wszystkich Swietych",
        "San Nicolás de los Garza",
    } <= places


def test_estates_named_together_are_places() -> None:
    from briefing.facts import extract_facts

    text = "Many are elderly residents of the Sam Shing and Yau Oi estates who rely on the bus."
    facts = extract_facts(text)
    assert {p.name for p in facts.places} == {"Sam Shing", "Yau Oi"}
    assert not facts.people


def test_a_name_only_ever_after_a_word_of_where_is_no_person() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts(
        "Some 300 farmers in Clarendon and neighbouring St Elizabeth will share it."
    )
    assert not facts.people
    assert {"Clarendon", "St Elizabeth"} <= {p.name for p in facts.places}


def test_a_home_town_after_from_and_an_age_or_a_word_for_a_person_is_a_place() -> None:
    facts = extract_facts(
        "A 19-year-old from Kettleby was arrested. Joan Hale, 64, from Ashvale, was treated "
        "at the unit. Mr Ruvimbo Chari, a tobacco farmer from Dombotombo, said prices fell."
    )
    assert {"Kettleby", "Ashvale", "Dombotombo"} <= {p.name for p in facts.places}
    # (a known body stays one; a word for a job done for someone is no cue: "a spokesman
    # from Nordvik" names Nordvik's staff, not a home town)
    facts = extract_facts("A man from Google spoke. A spokesman from Nordvik said it closed.")
    assert not {p.name for p in facts.places} & {"Google", "Nordvik"}


def test_a_name_closing_a_list_after_a_place_is_a_place() -> None:
    found = places("The first days along the coast through Porto and Ribeira de Mouro were flat.")
    assert {"Porto", "Ribeira de Mouro"} <= set(found)
    found = places("We cycled through Braga and Amares Vieira in the rain.")
    assert "Amares Vieira" in found
    # (a person's full name after a place stays a person; a lone surname is not read so)
    facts = extract_facts("Flooding hit Durban and Mandla Dube over the weekend.")
    assert "Mandla Dube" in {p.name for p in facts.people}


def test_a_home_town_after_a_journey_from_is_a_place() -> None:
    facts = extract_facts(
        "Ms Ama Boateng, a clerk who travels daily from Kwesimintsim, waited an hour. "
        '"I came from Dombeshawa with 14 bales," said one grower.'
    )
    assert {"Kwesimintsim", "Dombeshawa"} <= {p.name for p in facts.places}
    # (what came from a body is no journey; a short form joins the longer name given)
    facts = extract_facts("The money came from Barclays.")
    assert "Barclays" not in {p.name for p in facts.places}
    found = places("The line reaches Tran Loc City. Ana Vu commutes from Tran Loc to work.")
    assert "Tran Loc" not in found


def test_a_name_before_an_area_or_a_sub_district_noun_is_a_place() -> None:
    found = places("The sit-in was held in Harare's Chikurubi industrial area on Monday.")
    assert "Chikurubi" in found
    found = places("Md Rafiq Alam, who farms in Rajshahi's Tanore upazila, spoke.")
    assert "Tanore" in found
    assert "Surrounding" not in places("Surrounding areas were evacuated in Leeds.")


def test_a_name_after_the_port_or_the_hamlet_of_is_a_place() -> None:
    found = places("The cargo will leave from the port of Varnek on the northern coast.")
    assert "Varnek" in found
    found = places("Snow cut off the hamlet of Brackenby until late.")
    assert "Brackenby" in found


def test_a_countrys_possessive_opens_no_place_in_a_list_before_a_shared_noun() -> None:
    found = places("Mines in Peru and Bolivia's Potosí and Oruro departments and Chile's Atacama.")
    assert "Bolivia's Potosí" not in found
    found = places("Plants in Chile and Argentina's Jujuy and Salta provinces will benefit.")
    assert {"Chile", "Argentina", "Jujuy", "Salta"} == set(found)


def test_a_well_known_region_of_two_words_stays_a_place_whatever_the_model_reads() -> None:
    found = places("Aid was pledged for Latin America and the Caribbean through 2030.")
    assert {"Latin America", "Caribbean"} <= set(found)


def test_an_unknown_word_in_a_list_of_places_after_a_word_of_where_is_a_place() -> None:
    found = places("The firm opens stations in towns like Musanze, Huye and Rubavu this year.")
    assert {"Musanze", "Huye", "Rubavu"} <= set(found)
    assert "Dhlail" in places("Residents in Russeifa and Dhlail have waited long enough.")
    # (no word of where before the list, or a people's name in it)
    assert "Kurds" not in places("Fighting went on in Syria and Kurds fled north.")


def test_a_street_named_after_a_titled_person_is_a_place_where_traffic_goes() -> None:
    facts = extract_facts("Traffic was diverted on Sultan Qaboos Street on Friday.")
    assert [p.name for p in facts.places] == ["Sultan Qaboos Street"] and not facts.people
    facts = extract_facts("He wrote to Senator Maria Hill. Senator Maria Hill said so.")
    assert [p.name for p in facts.people] == ["Maria Hill"]


def test_a_language_or_a_peoples_word_after_in_is_no_place() -> None:
    assert places('"We will pay in January," he said in Kiswahili.') == {}
    assert places("This article was first published in Danish by the Ledger.") == {}
    assert set(places("Aid reached Mali and Niger.")) == {"Mali", "Niger"}


def test_a_numbered_district_after_an_office_or_in_brackets_is_a_seat_not_a_place() -> None:
    assert "District 3" not in places("Weld County Commissioner, District 3 | Votes | Pct.")
    assert "District 5" not in places("Councilmember Ada Moore (District 5) voted no.")
    assert {"District 7", "District 9"} <= set(places("Work in District 7 and District 9 ended."))


def test_places_listed_after_towns_like_are_places() -> None:
    found = places("Dust blows into towns like Las Brisas and Kettleford every summer.")
    assert {"Las Brisas", "Kettleford"} <= set(found)
    # (only after a place noun: "critics like ..." list people)
    assert places("Critics like Tomas Brandt and Ola Sveen complained.") == {}


def test_a_big_saints_city_written_another_way_is_known() -> None:
    facts = extract_facts("A curator at the city museum in St Petersburg says the bones are old.")
    assert [p.name for p in facts.places] == ["Saint Petersburg"] and not facts.people
    # (a small one is as often a church or a person)
    assert "St John" not in places("The choir sang at St John on Sunday.")


def test_a_place_named_before_the_people_of_it_is_a_place() -> None:
    # (a headline or a related link, and one person after "a" and an age)
    assert "Brackenby" in places("Brackenby farmers welcome rain after a dry spring\n\nText.")
    assert "Lowmere" in places("Lowmere citrus growers brace for losses\n\nText.")
    found = places("The driver, a 64-year-old Tollcombe woman, was taken to hospital.")
    assert "Tollcombe" in found
    # (no ordinary word, demonym, abbreviation or hyphenated word of ordinary words)
    assert places("Local residents were angry.\n\nKenyan growers agreed.") == {}
    assert places("NFU farmers met.\n\nSmall-scale tea farmers in the hills waited.") == {}
    # (one person: no word between the name and the man)
    assert "Acme" not in places("Acme tool man wins award\n\nText.")


def test_a_building_named_only_where_things_happen_is_a_place() -> None:
    found = places("A sellout crowd of 18,700 at Kelvin Arena stood for the final minute.")
    assert "Kelvin Arena" in found
    assert "Fernhill Health Centre" in places("Speaking at Fernhill Health Centre, he smiled.")
    # (a job there names the body; a club's members are a body)
    facts = extract_facts("Dr Ana Ruiz, a researcher at the Carnegie Policy Center, disagreed.")
    assert "Carnegie Policy Center" in {o.name for o in facts.organisations}
    assert "Oakfield Chess Club" not in places("The team at the Oakfield Chess Club won.")
    facts = extract_facts("Byron received his early education at Kelso Grammar School in 1794.")
    assert "Kelso Grammar School" not in {p.name for p in facts.places}


def test_a_site_built_where_it_stands_is_named_with_its_noun() -> None:
    facts = extract_facts(
        "Protesters gathered outside Insein prison. Families at the Zaatari refugee camp "
        "waited, and he landed at Marka airport. Water flows through the Kani Sib tunnel, trucks "
        "queued at the Ibrahim Khalil border crossing and police closed the Duhok-Amedi road. "
        "He was held near the U.S.-Mexico border crossing, in a Wisconsin jail; this road is "
        "new."
    )
    places = {p.name for p in facts.places}
    assert {
        "Insein prison",
        "Zaatari refugee camp",
        "Marka airport",
        "Kani Sib tunnel",
        "Ibrahim Khalil border crossing",
        "Duhok-Amedi road",
    } <= places
    assert "Wisconsin" in places
    assert not any(p.endswith(("jail", "this road")) or "Mexico border" in p for p in places)


def test_a_country_named_with_and_a_dotted_state_and_a_months_possessive() -> None:
    facts = extract_facts(
        "The government of Trinidad and Tobago declared an emergency. The unit is based in "
        "Watertown, S.D., and in Evanston, Ill. Critics feared rigging in January's vote."
    )
    found = {p.name: p.mentions for p in facts.places}
    assert "Trinidad and Tobago" in found and "Tobago" not in found
    assert found["South Dakota"] == ["S.D."] and found["Illinois"] == ["Ill."]
    assert "January" not in found


def test_the_plural_of_a_noun_in_man_after_a_place_is_no_part_of_its_name() -> None:
    facts = extract_facts("South Dakota Guardsmen hauled generators. Jane Bowman said it helped.")
    assert {p.name for p in facts.places} == {"South Dakota"}
    assert {p.name for p in facts.people} == {"Jane Bowman"}


def test_a_site_a_town_owns_leaves_the_town_its_own_name() -> None:
    found = places("Protesters gathered outside Rangoon's Insein prison. Rangoon was calm.")
    assert set(found) == {"Rangoon", "Insein prison"}


def test_ordinary_words_in_a_title_case_headline_name_no_place() -> None:
    found = places(
        "US Stocks Rally as Oil Reaches Record High, Dollar at New Low\n\nThe price rose in "
        "New York.\n\nNew Citizens Welcomed in New York's Historic Federal Hall\n\nImmigrants "
        "took the oath in Federal Hall.\n"
    )
    # ("US" in the headline is the country: known to the gazetteer, a name and no ordinary word)
    assert set(found) == {"New York", "Federal Hall", "United States"}


def test_the_local_units_and_land_forms_of_more_countries_after_a_name() -> None:
    found = places(
        "The road links the Borgou and Donga departments to the port. A herder from Tosontsengel "
        "soum of Zavkhan aimag owns 600 goats. The dams that fed the Chtouka plain are low. The "
        "meeting was held in Zhemgang town. The Justice department said no."
    )
    assert {"Borgou", "Donga", "Tosontsengel", "Zavkhan", "Chtouka", "Zhemgang"} <= set(found)
    assert "Justice" not in found


def test_a_region_whose_name_opens_in_lower_case_is_named_whole() -> None:
    facts = extract_facts(
        "Mobile use grew fastest in sub-Saharan Africa, and Africa as a whole grew too. "
        "Sub-Saharan Africa leads."
    )
    found = {p.name: p.mentions for p in facts.places}
    assert found["sub-Saharan Africa"] == ["sub-Saharan Africa", "Sub-Saharan Africa"]
    assert "Africa" in found


def test_a_dateline_in_capitals_before_a_date_names_its_town() -> None:
    found = places(
        "Council approves water money\nWINDOW ROCK, Dec. 3, 2026\n\nThe council approved the "
        "money.\n\nUPDATED, Dec. 4, 2026\n"
    )
    assert set(found) == {"Window Rock"}


def test_a_road_or_a_pipeline_from_one_place_to_another_names_both() -> None:
    found = places(
        "The board endorsed a farm road from Tingtibi to Buli. A pipeline from Kavrel to Dostan "
        "is planned. He moved from Smith to Jones."
    )
    assert set(found) == {"Tingtibi", "Buli", "Kavrel", "Dostan"}


def test_a_name_of_two_words_before_an_area_or_a_district_is_a_place() -> None:
    found = places(
        "It signed a resort in Muscat's Al Bustan area. Damage in the Sandy Point area was "
        "light, and the firm runs the Central European region from Vienna."
    )
    assert {"Al Bustan", "Sandy Point"} <= set(found)
    assert "Central European" not in found


def test_a_site_named_for_a_person_with_an_initial_is_one_place() -> None:
    facts = extract_facts("Flights left from John F. Kennedy airport on Monday.")
    assert [p.name for p in facts.places] == ["John F. Kennedy airport"]
    assert facts.people == []


def test_a_list_of_districts_after_a_place_stays_places() -> None:
    facts = extract_facts(
        "The two men face charges in the District of Columbia, the Northern District of "
        "Iowa, the Southern District of Ohio and the Eastern District of Texas."
    )
    places = [p.name for p in facts.places]
    assert "Northern District of Iowa" in places
    assert "Southern District of Ohio" in places and "Eastern District of Texas" in places
    assert facts.organisations == []
    # an appositive after a place is no list
    facts = extract_facts(
        "On Friday the legislature of Velmora, the Grand Assembly, voted 66 to 27."
    )
    assert "Grand Assembly" not in [p.name for p in facts.places]


def test_a_protected_reserve_a_river_after_its_name_and_an_indigenous_people() -> None:
    facts = extract_facts(
        "Karo Vell, of the Tuma Indigenous people, farms near the Ribeira Verde Indigenous "
        "Reserve in Autazes, a day by boat down the Preto Calado river."
    )
    places = [p.name for p in facts.places]
    assert "Ribeira Verde Indigenous Reserve" in places and "Preto Calado" in places
    assert "Tuma Indigenous" not in [o.name for o in facts.organisations]
    facts = extract_facts("Alerted by Indigenous residents, police embargoed the area.")
    assert facts.places == [] and facts.organisations == []


def test_a_town_that_is_an_english_word_before_a_place_noun() -> None:
    facts = extract_facts("The attack happened in daylight at a popular Anchorage park.")
    assert [p.name for p in facts.places] == ["Anchorage"]


def test_a_river_or_an_island_named_without_its_head_word_is_one_place() -> None:
    facts = extract_facts(
        "The farm is on the Kelong River, in Siem Dara. Ferries cross the Kelong river daily."
    )
    assert [p.name for p in facts.places][0] == "Kelong River"
    assert "Kelong" not in [p.name for p in facts.places]
    facts = extract_facts(
        "It was June on Vagongo, a central Philippines island. Boats left Vagongo Island."
    )
    assert "Vagongo" not in [p.name for p in facts.places]
    facts = extract_facts("The Mississippi River flooded parts of Mississippi.")
    assert {p.name for p in facts.places} == {"Mississippi River", "Mississippi"}


def test_washington_dc_without_full_stops_is_one_mention() -> None:
    facts = extract_facts("The rally was held in Washington, DC on Friday.")
    assert [(p.name, p.mentions, p.spans) for p in facts.places] == [
        ("Washington, D.C.", ["Washington, DC"], [(22, 36)])
    ]


def test_a_town_before_its_states_ap_abbreviation() -> None:
    # (a town no gazetteer holds, named as the AP names towns: its state's abbreviation after)
    found = extract_facts("In Quillmont, Ariz., 12 hikers were rescued on Sunday.").places
    assert {p.name: p.mentions for p in found} == {"Quillmont": ["Quillmont"], "Arizona": ["Ariz."]}
    found = extract_facts("A mill in Dorrel Springs, N.C. closed on Monday.").places
    assert {"Dorrel Springs", "North Carolina"} <= {p.name for p in found}
    # (nor a company's name, nor a sentence that goes on with a word of its own)
    assert "Vantrix Inc." not in places("Vantrix Inc., Calif. based, said so.")
    assert places("He met Pamela, Pamela said.") == {}


def test_a_drive_is_a_street_but_a_companys_drive_is_its_product() -> None:
    assert places("She lives on Marlowe Drive with her sister.") == {"Marlowe Drive": "site"}
    assert "Google Drive" not in places("The files were kept on Google Drive for a year.")
    assert places("They cycled the whole Harrow Ridge Trail in a day.") == {
        "Harrow Ridge Trail": "site"
    }


def test_capitals_joined_by_hyphens_before_talks_are_places() -> None:
    found = places("After Moscow-Ankara-Tehran negotiations on the border, a truce held.")
    assert {"Moscow", "Ankara", "Tehran"} <= set(found)
    # (small towns, or names that are no places, joined before a deal stay unread)
    assert places("The Smithson-Lowry deal was signed.") == {}


def test_names_nothing_took_in_a_list_of_places_are_places() -> None:
    found = places(
        "Three towns were left out: Pellowby-Strand, Sudbury and Thunder Bay. "
        "Toronto and Ottawa were not."
    )
    assert {"Pellowby-Strand", "Sudbury", "Thunder Bay"} <= set(found)
    # (not a list that names people, nor a dateline's month)
    found = places("A couple from Florida, Richard and Lisa Parry, drove to the rally.")
    assert "Richard" not in found
    found = places("SAN JOSE, Calif., Feb. 10, 2026 -- Vantrix said on Tuesday it had grown.")
    assert "Feb" not in found


def test_a_plural_of_places_opens_a_list_of_places() -> None:
    facts = extract_facts(
        "Fines were paid in Manali and in Royapuram. Zones such as Velipet, Koranallur, "
        "Anna Velu, Manali and Madhavaram have collected fines."
    )
    assert {"Velipet", "Koranallur", "Anna Velu"} <= {p.name for p in facts.places}
    assert not facts.people


def test_a_numbered_list_of_towns_one_a_line() -> None:
    facts = extract_facts(
        "These towns get the new powers:\n1. Ajax\n2. Barrie\n3. Brampton\n4. Pellowby\n"
        "5. Guelph\n6. Oshawa\n"
    )
    assert {"Ajax", "Pellowby", "Barrie"} <= {p.name for p in facts.places}
    assert not facts.organisations  # (Ajax among towns is the town, not the club)


def test_a_streets_side_is_part_of_its_name() -> None:
    found = places("He lives at the dead end of Pellow Road East with his wife.")
    assert found == {"Pellow Road East": "site"}


def test_a_routes_second_end_after_a_dash() -> None:
    found = places("The cuts hit off-peak trains on the Tallinn–Narva line this winter.")
    assert {"Tallinn", "Narva"} <= set(found)


def test_a_town_named_before_the_person_who_lives_there() -> None:
    assert "Kent" in places("A Kent couple won the prize on Saturday.")
    assert places("Police said a Chinese man was hurt.") == {}


def test_a_part_of_town_word_between_the_cue_and_the_town() -> None:
    text = (
        "Ortiz, a former Loveland City Council member, declared victory at a brewery in "
        "downtown Loveland on Tuesday night."
    )
    assert "Loveland" in places(text)


def test_a_town_named_before_its_council_or_police() -> None:
    found = places("Reading police said the man was held overnight.")
    assert found == {"Reading": "city"}
    # (and before a firm it is home to)
    text = "Ms Ortega, of the Grand Junction firm Ortega Lane LLP, said her clients were relieved."
    assert "Grand Junction" in places(text)


def test_a_region_is_no_short_form_of_a_body_named_after_it() -> None:
    text = (
        "WINNIPEG — The Manitoba Nurses Union welcomed the plan on Monday. Doctors said "
        "Manitoba had waited for years."
    )
    assert "Manitoba" in places(text)


def test_a_regions_name_and_its_name_with_county_are_one_place() -> None:
    text = (
        "Heavy rain hit Hualien on Monday. The route in Hualien County would include three tunnels."
    )
    found = [(p.name, sorted(p.mentions)) for p in extract_facts(text).places]
    assert found == [("Hualien County", ["Hualien", "Hualien County"])]


def test_a_towns_short_name_and_its_full_name_are_one_place() -> None:
    text = (
        "Visitors to the old centre of Cartagena de Indias will pay a fee from July. "
        "Residents of Cartagena will not."
    )
    found = [(p.name, sorted(p.mentions)) for p in extract_facts(text).places]
    assert found == [("Cartagena de Indias", ["Cartagena", "Cartagena de Indias"])]


def test_a_town_that_ends_a_buildings_name_is_a_place_of_its_own() -> None:
    text = (
        '"People in Pellwyn, Llanfor and Cwm Dyli already travel far," she said.\n\n'
        "The watchdog will hold a public meeting at Neuadd Goffa Llanfor on Monday."
    )
    found = places(text)
    assert "Llanfor" in found
    assert "Neuadd Goffa Llanfor" in found


def test_a_street_with_its_kind_written_short_after_a_word_of_where() -> None:
    found = places("The crash happened on Harlow St. near the school, police said.")
    assert found == {"Harlow St.": "site"}
    assert "Pellow Ave." in places("Crews closed parts of Pellow Ave. on Friday.")
