"""The hand-annotated unseen-news probes (benchmarks/probes): value-right counts must not fall.

Floors sit a few items under the counts measured when they were last raised (see
benchmarks/probes/README.md); raise them when a change lifts a probe.
"""

import importlib.util
import sys
from pathlib import Path

import pytest

PROBES = Path(__file__).resolve().parents[1] / "benchmarks" / "probes"
_spec = importlib.util.spec_from_file_location("probe_score", PROBES / "score.py")
score = importlib.util.module_from_spec(_spec)
sys.modules["probe_score"] = score  # dataclasses look their module up there
_spec.loader.exec_module(score)

FLOORS = {  # probe -> (gold items, minimum value-right count)
    "wikinews_2005_2015": (431, 421),
    "wire_2016_2025": (419, 411),
    "uk_business_sports": (480, 459),
    "retrospective_2012_2025": (588, 554),
    "us_uk_2010_2015": (524, 513),
    "business_wikinews_2003_2012": (566, 552),
    "intl_wire_2006_2015": (513, 504),
    "local_news_2000_2024": (620, 593),
    "politics_business_2012_2024": (565, 549),
    "courts_science_2001_2023": (519, 507),
    "world_sports_culture_1996_2024": (600, 574),
    "markets_regional_2001_2025": (452, 433),
    "diplomacy_conflict_2006_2024": (480, 466),
    "crime_weather_transport_2003_2025": (489, 472),
    "wikinews_wire_2004_2014": (512, 491),
    "wikinews_general_2004_2015": (492, 476),
    "wikinews_companies_2005_2012": (514, 501),
    "news_2005_2014": (520, 504),
    "wire_broadcast_1996_2008": (526, 502),
    "wikinews_series_2004_2011": (596, 575),
    "wikinews_world_2004_2011": (540, 526),
    "wire_1997_2012": (584, 567),
    "news_2010_2013": (592, 566),
    "features_history_1990_2024": (594, 558),
    "sport_live_markets_2008_2025": (602, 562),
    "global_south_2005_2025": (592, 528),
    "anchoring_speech_2003_2024": (598, 519),
    "politics_elections_2000_2025": (630, 592),
    "health_science_tech_2009_2025": (613, 586),
    "culture_obits_local_1998_2025": (633, 584),
    "wire_agencies_1996_2015": (679, 629),
    "papers_1989_1999": (647, 606),
    "disasters_climate_energy_2004_2025": (637, 592),
    "conflict_ceasefire_reports_2011_2024": (660, 624),
    "labour_schools_transit_1999_2025": (647, 590),
    "finance_banks_earnings_1998_2025": (622, 568),
    "aviation_travel_shipping_2002_2025": (641, 576),
    "festivals_religion_calendars_1998_2025": (626, 533),
    "asia_pacific_press_1997_2025": (643, 589),
    "wikinews_economy_markets_2006_2014": (655, 627),
    "newswire_2013_2014": (670, 639),
    "broadcast_analysis_1995_2020": (673, 605),
    "regional_papers_events_2001_2024": (670, 582),
    "wire_world_us_2012_2016": (641, 613),
    "wikinews_politics_disasters_2005_2013": (631, 599),
    "aquaint_style_wire_1998_2000": (634, 612),
    "wikinews_science_culture_sport_2005_2014": (675, 650),
    "court_police_timelines_2000_2025": (672, 571),
    "press_releases_statements_2003_2025": (676, 640),
    "magazine_opinion_features_1992_2024": (662, 588),
    "weekly_roundups_week_ahead_2005_2025": (666, 599),
    "wire_briefs_world_1998_2024": (673, 637),
    "obituaries_funerals_1995_2025": (663, 627),
    "council_planning_notices_2000_2025": (670, 593),
    "tech_launches_2007_2025": (678, 618),
    "entertainment_boxoffice_tv_1998_2025": (670, 600),
    "explainers_whats_next_2010_2025": (677, 626),
    "agriculture_commodities_weather_2000_2025": (676, 629),
    "space_science_missions_1997_2025": (674, 615),
    "legislatures_laws_deadlines_1995_2025": (673, 588),
    "rescues_disasters_hour_by_hour_1999_2025": (677, 620),
    "sports_seasons_transfers_2000_2025": (662, 593),
    "health_outbreaks_campaigns_2003_2025": (660, 621),
    "personal_finance_tax_deadlines_2000_2025": (674, 593),
    "weather_forecasts_storms_2000_2025": (676, 619),
    "military_operations_wars_1991_2025": (672, 623),
    "books_arts_history_reviews_1990_2025": (674, 549),
    "energy_oil_power_markets_1998_2025": (675, 631),
    "retail_consumer_holiday_sales_2000_2025": (673, 596),
    "education_exams_schools_2000_2025": (673, 610),
    "housing_property_mortgages_2000_2025": (674, 619),
    "cyber_outages_incidents_2010_2025": (635, 580),
    "public_budgets_fiscal_years_1995_2025": (730, 655),
    "science_research_studies_2000_2025": (705, 657),
    "transport_strikes_commuting_2000_2025": (661, 583),
    "motorsport_tennis_golf_2000_2025": (676, 596),
    "corporate_deals_ipos_1998_2025": (678, 616),
    "music_concerts_tours_2000_2025": (681, 591),
    "southern_hemisphere_news_2000_2025": (680, 607),
    "daily_briefings_newsletters_2012_2025": (680, 604),
    "middle_east_africa_press_1998_2025": (639, 530),
    "environment_wildlife_conservation_2000_2025": (678, 623),
    "migration_borders_asylum_2000_2025": (677, 638),
    "broadcast_transcripts_local_2000_2025": (676, 530),
    "food_recalls_restaurants_2000_2025": (677, 597),
    "anniversaries_commemorations_2000_2025": (670, 547),
    "inquiries_audits_reports_2000_2025": (673, 636),
    "profiles_interviews_lives_1990_2025": (670, 547),
    "canada_ireland_scotland_regional_press_2000_2025": (677, 577),
    "sunday_long_reads_reconstructions_1995_2025": (671, 563),
    "live_blogs_rolling_updates_2010_2025": (675, 595),
    "auto_industry_manufacturing_2000_2025": (659, 620),
    "south_asia_press_1998_2025": (655, 563),
    "eu_brussels_summits_2000_2025": (675, 622),
    "tabloid_celebrity_royals_2000_2025": (671, 599),
    "missing_persons_police_appeals_2000_2025": (669, 589),
    "pharma_drug_approvals_trials_2000_2025": (675, 626),
    "latin_america_press_2000_2025": (673, 617),
    "trade_tariffs_sanctions_2000_2025": (675, 626),
    "fact_checks_claims_2010_2025": (672, 605),
    "football_cricket_match_reports_2000_2025": (668, 599),
    "gaming_esports_streaming_2010_2025": (674, 612),
    "expeditions_mountaineering_sailing_1996_2025": (664, 561),
    "crypto_fintech_markets_2013_2025": (675, 619),
    "state_media_agencies_1998_2025": (670, 589),
    "peace_talks_negotiations_mediation_1995_2025": (672, 650),
    "hostage_kidnapping_crises_1990_2025": (671, 625),
    "college_high_school_sports_2000_2025": (676, 616),
    "protests_demonstrations_crackdowns_1998_2025": (664, 607),
    "olympics_world_cups_tournaments_1996_2025": (677, 613),
    "prisons_parole_executions_1995_2025": (675, 623),
    "antitrust_regulators_fines_2000_2025": (675, 624),
    "tv_radio_schedules_listings_previews_2000_2025": (676, 566),
    "infrastructure_megaprojects_construction_2000_2025": (683, 637),
    "boxing_racing_combat_sports_2000_2025": (686, 603),
    "charities_community_fundraising_2000_2025": (664, 602),
    "religion_churches_faith_news_2000_2025": (688, 621),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_probe_value_right_does_not_fall(name):
    n = score.score(score.read_probe(PROBES / f"{name}.txt"))
    gold, floor = FLOORS[name]
    assert n["gold"] == gold
    assert n["value_right"] >= floor, n


def test_the_scorer_reads_relative_gold_and_counts_outcomes(tmp_path):
    f = tmp_path / "p.txt"
    f.write_text(
        "### t1 2024-05-08\n"
        "Troops left on {{Monday|DATE|@-Mon}}. They will return {{next week|DATE|@W1}}. "
        "Talks ran for {{three days|DURATION|P4D}} in {{a city|X|-}}.\n",
        encoding="utf-8",
    )
    arts = score.read_probe(f)
    assert [g.values for g in arts[0].gold[:2]] == [["2024-05-06"], ["2024-W20"]]
    assert arts[0].gold[0].text == "Monday"  # the preposition is left out
    n = score.score(arts)
    assert (n["gold"], n["value_right"], n["wrong_value"], n["missed"]) == (3, 2, 1, 0)


_cspec = importlib.util.spec_from_file_location("probe_compare", PROBES / "compare.py")
compare = importlib.util.module_from_spec(_cspec)
_cspec.loader.exec_module(compare)


def test_compare_tells_gains_losses_and_spurious_changes():
    old = {"articles": [["p", "a1", "On Monday it rained.", [[3, 9, ["2024-05-06"], False, ["2024-04-29"]], [10, 12, ["X"], True, ["v"]]], [[0, 2, "2024"]]]]}
    new = {"articles": [["p", "a1", "On Monday it rained.", [[3, 9, ["2024-05-06"], True, ["2024-05-06"]], [10, 12, ["X"], False, ["w"]]], [[13, 19, "PXD"]]]]}
    lines, n = compare.compare(old, new, width=5)
    assert n == dict(gain=1, lose=1, changed=0, spurious_added=1, spurious_removed=1)
    assert lines[0].startswith("GAIN p a1 gold=2024-05-06 ['2024-04-29'] -> ['2024-05-06']")
    assert "[[Monday]]" in lines[0]


def test_compare_of_a_checkout_with_itself_finds_nothing(capsys):
    root = PROBES.parents[1]
    assert compare.main([str(root), str(root), "--files", str(PROBES / "wire_2016_2025.txt")]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "gain 0, lose 0, changed 0, spurious added 0, removed 0"
