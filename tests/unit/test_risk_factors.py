"""The koebner_risk_factors spaCy component on realistic note sentences, negated ones included."""
from __future__ import annotations

import json
from datetime import date
from importlib.resources import files

import pandas as pd
import pytest
import spacy

import pipeline.nlp.risk_factors  # noqa: F401  (registers the factory)
from pipeline.link.risk import patient_risk_factors


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("koebner_risk_factors")
    return nlp


def facts(nlp, text: str) -> set[tuple[str, str]]:
    return {(f["fact"], f["value"]) for f in nlp(text)._.koebner_facts}


@pytest.mark.parametrize("text, expected", [
    ("68F w/ ESRD 2/2 diabetic nephropathy on HD MWF since 2015, T2DM on insulin, AF on warfarin, "
     "morbid obesity.",
     {("esrd", "yes"), ("dialysis", "HD"), ("diabetes", "yes"), ("insulin", "yes"),
      ("warfarin", "yes"), ("obesity", "yes")}),
    ("71F ESRD 2/2 DKD on CCPD since 3/2015, COPD on home O2.", {("esrd", "yes"), ("diabetes", "yes"), ("dialysis", "PD")}),
    ("Abdomen: PD catheter exit site clean, no tunnel tenderness.", {("dialysis", "PD")}),
    ("Long-standing IDDM, BMI 41.6.", {("diabetes", "yes"), ("insulin", "yes"), ("bmi", "41.6")}),
    ("Obese, BMI of 32 today.", {("obesity", "yes"), ("bmi", "32")}),
    # the BMI of a stated moment, and the hyphenated spelling
    ("BMI at discharge 30.9, wound dry.", {("bmi", "30.9")}),
    ("Wt 77.8 kg, body-mass index 24.3.", {("bmi", "24.3")}),
    ("Remote Coumadin for DVT in 2019, completed.", {("warfarin", "yes")}),
    ("58M ESRD on in-center HD TTS, DM2 (non-insulin).",
     {("esrd", "yes"), ("dialysis", "HD"), ("diabetes", "yes"), ("insulin", "no")}),
    # the slash shorthand of problem lists and HD schedules written with dashes
    ("74M with ESRD/HD, HTN, gout.", {("esrd", "yes"), ("dialysis", "HD")}),
    ("63F ESKD-HD via L AVF, hypothyroid.", {("esrd", "yes"), ("dialysis", "HD")}),
    ("Renal: HD M-W-F at the satellite unit.", {("dialysis", "HD")}),
    ("Renal: HD Tu-Th-Sa, dry weight 81 kg.", {("dialysis", "HD")}),
    # an HD patient, HD rounds, dialysis through a fistula or a tunnelled line, a thrice-weekly
    # dialysis schedule: haemodialysis, named without the word
    ("Seen on HD rounds, chair 9; 66F with a painful shin.", {("dialysis", "HD")}),
    ("A 72M HD pt with PTH 880.", {("dialysis", "HD")}),
    ("ESRD, dialyzing through a left upper arm AVF since 2020.", {("esrd", "yes"), ("dialysis", "HD")}),
    ("Dialyzed through a right IJ tunnelled catheter until the graft matures.", {("dialysis", "HD")}),
    ("ESRD with dialysis Tue-Thu-Sat at the county unit.", {("esrd", "yes"), ("dialysis", "HD")}),
    ("Dialyzes through her PD catheter overnight on the cycler.", {("dialysis", "PD")}),
    # a schedule written with other day abbreviations, and HD as a bare item of the opening line
    ("Provider note: ESRD, HD Mon-Weds-Fri at the north unit.", {("esrd", "yes"), ("dialysis", "HD")}),
    ("Renal: HD Tues/Thurs/Sat, EDW 70 kg.", {("dialysis", "HD")}),
    ("58M, HD, here for a tender thigh nodule.", {("dialysis", "HD")}),
    ("57 y F, ESRD, HD on TTS by a R IJ permcath.", {("esrd", "yes"), ("dialysis", "HD")}),
    ("HPI: 57F with ESRD (HD), a painful firm area of the flank.", {("esrd", "yes"), ("dialysis", "HD")}),
    # HD told with its start, after a dash, as the chair time of a schedule, or as the session a
    # drug is given with; and a schedule after the verb "dialyzes"
    ("69M, ESKD, HD since 2017, gout.", {("esrd", "yes"), ("dialysis", "HD")}),
    ("60F, ESRD - HD, CHF.", {("esrd", "yes"), ("dialysis", "HD")}),
    ("Renal: chair time TTS 1st shift at the east unit.", {("dialysis", "HD")}),
    ("Plan: thiosulfate w/ HD three times weekly.", {("dialysis", "HD")}),
    ("80 y/o M, dialyzes TTS at the county unit.", {("dialysis", "HD")}),
    ("# ESRD -- HD tomorrow, renal following.", {("esrd", "yes"), ("dialysis", "HD")}),
    # a negation at the end of a hard-wrapped line denies what starts the next one
    ("HD via a left upper-arm fistula since 2016. Not\ndiabetic.", {("dialysis", "HD"), ("diabetes", "no")}),
    # a list line that starts afresh is its own clause: the negation on the line before stays there
    ("Allergies: no known drug allergies\nWarfarin 3 mg daily for AF.", {("warfarin", "yes")}),
    # diabetes after a transplant, by its abbreviations
    ("Kidney tx 2016, PTDM on degludec.", {("diabetes", "yes"), ("insulin", "yes")}),
    ("NODAT since 2019, diet only.", {("diabetes", "yes")}),
    # maintenance haemodialysis by its abbreviation, and dialysis told by a verb and its days
    ("ESKD on MHD thrice weekly since 2019.", {("esrd", "yes"), ("dialysis", "HD")}),
    ("Sickle nephropathy, dialysing Mon/Wed/Fri at the county unit.", {("dialysis", "HD")}),
    ("He dialyses three times a week at the satellite unit.", {("dialysis", "HD")}),
    # insulins by brand, premixed and analogue
    ("T2DM on Mixtard 30/70 twice daily.", {("diabetes", "yes"), ("insulin", "yes")}),
    ("NovoRapid with meals and Toujeo at night.", {("insulin", "yes")}),
    # end-stage renal failure (ESRF, British usage), and HD named with the access it runs through
    ("71M, ESRF, HD through a right arm graft.", {("esrd", "yes"), ("dialysis", "HD")}),
    ("ESRF secondary to IgA nephropathy.", {("esrd", "yes")}),
    # pre-diabetes with its hyphen is no diabetes
    ("HbA1c 43 (pre-diabetes, lifestyle advice only).", set()),
    # the obesity threshold named is no obesity; PD told as the treatment of the kidney failure
    ("BMI 29.4, just under the obesity cut-off.", {("bmi", "29.4")}),
    ("76M - PD for ESKD since 2020.", {("dialysis", "PD"), ("esrd", "yes")}),
])
def test_affirmed_statements(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("No history of diabetes.", {("diabetes", "no")}),
    ("DM2, diet-controlled, not on insulin.", {("diabetes", "yes"), ("insulin", "no")}),
    ("Not on warfarin; cholesterol emboli unlikely.", {("warfarin", "no")}),
    # a drug the patient declined or refused is one she does not take
    ("She declined warfarin after we discussed the bleeding risk.", {("warfarin", "no")}),
    ("Pt refuses insulin, prefers oral agents.", {("insulin", "no")}),
    ("CKD 3a (eGFR 52, not on dialysis).", {("dialysis", "none")}),
    ("Hyperkalemia treated with calcium gluconate and insulin/dextrose.", set()),
    # warfarin named only in a diagnosis of the differential is no statement that she takes it
    ("DDx: calciphylaxis vs warfarin-type necrosis vs vasculitis; she is not on warfarin.", {("warfarin", "no")}),
    ("Less likely coumadin-associated skin necrosis.", set()),
    ("Sister had calciphylaxis on HD.", set()),
    # the negation after the drug ("warfarin never prescribed", "has never been used")
    ("No diabetes; coumadin never prescribed.", {("diabetes", "no"), ("warfarin", "no")}),
    ("Warfarin has never been used in this patient.", {("warfarin", "no")}),
    ("Insulin was not needed after the transplant.", {("insulin", "no")}),
    # a bare "never" after the drug, as in a bracket of a problem list
    ("DM2 (metformin; insulin never). BMI 33.", {("diabetes", "yes"), ("insulin", "no"), ("bmi", "33")}),
    ("Warfarin: never. Apixaban since 2020.", {("warfarin", "no")}),
    # two drugs joined before the negation that follows them
    ("Not diabetic; insulin and warfarin never prescribed.", {("diabetes", "no"), ("insulin", "no"), ("warfarin", "no")}),
    # a field answered "no" or "none" in a template or case report form
    ("Anticoagulants -- Warfarin: no. Clopidogrel: yes.", {("warfarin", "no")}),
    ("Insulin: none. Metformin 500 BID.", {("insulin", "no")}),
    # discussed once, never begun
    ("Apixaban for the LV clot (warfarin was raised in clinic but never started).", {("warfarin", "no")}),
    # a drug named as what a study drug may interact with
    ("Consent: side effects reviewed, including an interaction with warfarin.", set()),
    # a relative clause after a relative: whose dialysis it is, the clause before says
    ("Her father, who was on peritoneal dialysis for years, died of heart failure.", set()),
    ("His uncle, whose diabetes needed insulin, lost a leg.", set()),
    # ...also when the relative's name stands between them in apposition
    ("Phoned the son of our late patient, Mrs. T. Oyelaran, who was on hemodialysis for six years.", set()),
    ("Her brother, Mr Adeyemi, who needed insulin for decades, died at 60.", set()),
    # a bracket right after a relative describes that relative ("her brother (41M, ESRD on HD)")
    ("Evaluated to give a kidney to his sister (52F, ESRD on PD, type 1 DM on insulin).", set()),
    ("Donor work-up for her son (ESKD, in-center HD since 2019); she takes no medicines.", set()),
    # ...and a bracket about the relative that a hard line wrap runs across
    ("Worried: her uncle died of calciphylaxis (his\nkidneys had failed, on HD for years). Her skin is clear.", set()),
    # ...and the patient's own bracket after a relative's words still states the patient's facts
    ("Lives with his daughter. PMH (per chart): ESRD on HD MWF.", {("esrd", "yes"), ("dialysis", "HD")}),
    # a statement about a group of people, not this patient
    ("Calciphylaxis mostly occurs in people on dialysis; she is CKD 3b.", set()),
    # ...and where it is rare outside an illness: the illness is the group's, not the patient's
    ("Reassured him: calciphylaxis is rare outside ESRD and his eGFR is 58.", set()),
    ("It is seldom seen outside of dialysis patients.", set()),
    # a history of a relative's illness written 'Family hx' is the relative's
    ("Family hx of ESRD in her mother; her own kidneys are normal.", set()),
    # an illness named and said not to be diagnosed is denied
    ("BMI 29.8 (overweight; obesity not diagnosed).", {("bmi", "29.8"), ("obesity", "no")}),
    # a drug that may be needed later is not taken now
    ("T2DM on linagliptin; per PCP insulin may be needed down the road.", {("diabetes", "yes"), ("insulin", "no")}),
    ("The risk is highest in patients on hemodialysis.", set()),
    # ...named by the illness the group has rather than by "people": where a disease occurs
    ("Told him the condition occurs mainly in end-stage kidney failure on dialysis.", set()),
    ("It is seen almost only in advanced renal failure on dialysis, explained to the family.", set()),
    ("Calciphylaxis happens chiefly in dialysis-dependent kidney disease.", set()),
    # ...but not where it occurs in this one person, as a case report tells it
    ("Calciphylaxis occurring in a 70-year-old man on hemodialysis: a case.", {("dialysis", "HD")}),
    # ...while the patient's own relative clause still states his facts
    ("Mr Brandt, who is on hemodialysis MWF, reports a sore shin.", {("dialysis", "HD")}),
    ("Came with his daughter. Mr. Ode, who is on HD MWF, reports a sore shin.", {("dialysis", "HD")}),
    ("Would avoid warfarin in the future.", set()),
    ("Transplant evaluation on hold until BMI <35.", set()),
    # a hard-wrapped line goes on with the same clause: the negation before the break still counts
    ("No fevers or chills. He is not\non warfarin or any other anticoagulant.", {("warfarin", "no")}),
    ("Pt has never\nneeded insulin, A1c 6.1 on metformin.", {("insulin", "no")}),
    # teaching material about a treatment is no treatment: a pamphlet on PD, a class about HD
    ("CKD 4. Modality education booked; pamphlet on PD and home HD given.", set()),
    ("Attended a teaching session about PD with her husband.", set()),
    # insulin that was stopped is not used; a diabetes screen is a test, not the disease
    ("DM2 on linagliptin; insulin stopped in 2019 after weight loss.", {("diabetes", "yes")}),
    ("Insulin off since 2019, A1c 6.8% on linagliptin.", set()),
    ("He came off insulin last year.", set()),
    ("Diabetes screen: A1c 5.4%, normal.", set()),
    # a BMI band (an ICD-10 Z68 code's range, a class) is a category, not a measured value
    ("Z68.35 BMI 35.0-35.9, adult.", set()),
    ("Obesity class I (BMI 30 to 34.9).", {("obesity", "yes")}),
    ("Wt 88 kg; BMI 31.2 (Z68.31 BMI 31.0-31.9).", {("bmi", "31.2")}),
    # ...but the measured value a coder writes in brackets after the band is the BMI
    ("Z68.41 BMI 40.0-44.9, adult (42.3)", {("bmi", "42.3")}),
])
def test_negated_family_and_hypothetical(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_facts_carry_offsets_and_rule(nlp):
    text = "HPI: 45M ESRD on HD, BMI 52."
    doc = nlp(text)
    bmi = next(f for f in doc._.koebner_facts if f["fact"] == "bmi")
    assert text[bmi["start"]:bmi["end"]] == bmi["text"] == "BMI 52"
    assert bmi["rule"] == "bmi"


def test_rules_file_can_be_replaced(tmp_path):
    rules = json.loads((files("pipeline.configs") / "risk_factors.json").read_text())
    rules["patterns"] = [p for p in rules["patterns"] if p["name"] == "warfarin"]
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(rules))
    nlp = spacy.blank("en")
    nlp.add_pipe("koebner_risk_factors", config={"rules": str(path)})
    assert facts(nlp, "ESRD on HD, on warfarin.") == {("warfarin", "yes")}


def test_patient_level_aggregation():
    rows = [
        ("N1", date(2016, 1, 5), "dialysis", "PD", 10), ("N1", date(2016, 1, 5), "bmi", "31.0", 40),
        ("N2", date(2017, 3, 1), "dialysis", "HD", 12), ("N2", date(2017, 3, 1), "bmi", "28.4", 50),
        ("N2", date(2017, 3, 1), "diabetes", "no", 60), ("N1", date(2016, 1, 5), "insulin", "no", 70),
    ]
    frame = pd.DataFrame(rows, columns=["note_id", "note_date", "fact", "value", "start"])
    risk = patient_risk_factors(frame)
    # latest modality and latest BMI win; dialysis implies ESRD; BMI below 30 and no statement: not obese
    assert (risk.dialysis, risk.bmi, risk.esrd, risk.obesity) == ("HD", 28.4, "yes", "no")
    assert (risk.diabetes, risk.insulin, risk.warfarin) == ("no", "no", "no")


def test_bad_bmi_value_names_the_row():
    frame = pd.DataFrame([("N7", date(2020, 1, 1), "bmi", "obese", 3)],
                         columns=["note_id", "note_date", "fact", "value", "start"])
    with pytest.raises(ValueError, match=r"row 0 \(note N7\).*'obese'"):
        patient_risk_factors(frame)


# Haemodialysis and peritoneal dialysis are mostly written HD and PD. HD stands for haemodialysis
# wherever it is not a hospital day ("HD 3:", "HD#2"), Huntington's or Hodgkin's disease, or a
# high-dose vaccine or drug; PD only where its sentence speaks of the kidneys or of dialysis,
# since PD is as often Parkinson's disease, progressive disease or PD-L1.
@pytest.mark.parametrize("text, expected", [
    ("81M, ESRD HD, paroxysmal AF.", {("esrd", "yes"), ("dialysis", "HD")}),
    ("Polycystic kidneys; on maintenance HD since 2018.", {("dialysis", "HD")}),
    ("Home HD nocturnal five nights a week, wife trained.", {("dialysis", "HD")}),
    ("ESKD, HD x 6 yrs via L forearm AVF.", {("esrd", "yes"), ("dialysis", "HD")}),
    ("HD-dependent since 2019 after a failed graft.", {("dialysis", "HD")}),
    ("67F HD for lupus nephritis, warfarin for a mitral valve.", {("dialysis", "HD"), ("warfarin", "yes")}),
    ("ESRD w/ thrice-weekly HD at the Elm St unit.", {("esrd", "yes"), ("dialysis", "HD")}),
    ("Renal: HD resumed after the angioplasty.", {("dialysis", "HD")}),
    ("HD three days a week via a R arm graft.", {("dialysis", "HD")}),
    # thrice-weekly dialysis by its days, written any way, is haemodialysis
    ("ESRD, dialysis Tu/Th/Sa at the north unit.", {("esrd", "yes"), ("dialysis", "HD")}),
    ("I go to dialysis M W F and the nurse said to write to you.", {("dialysis", "HD")}),
    ("He has been dialysed Mon, Wed and Fri for six years.", {("dialysis", "HD")}),
    ("Dialyzes in-center three mornings a week.", {("dialysis", "HD")}),
    # PD where the sentence is about the kidneys or dialysis
    ("64M, ESRD, PD 3 yrs, cycler overnight.", {("esrd", "yes"), ("dialysis", "PD")}),
    ("72F, PD (nightly cycler), type 2 DM on glipizide.", {("dialysis", "PD"), ("diabetes", "yes")}),
    ("Kidney failure managed with cycler PD at home.", {("dialysis", "PD")}),
    ("ESRD/PD, insulin-treated DM2.", {("esrd", "yes"), ("dialysis", "PD"), ("diabetes", "yes"), ("insulin", "yes")}),
    ("New painful plaque in a PD patient on warfarin; renal aware.", {("dialysis", "PD"), ("warfarin", "yes")}),
])
def test_dialysis_written_hd_or_pd(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("HD 3: afebrile overnight, tolerating a soft diet.", set()),
    ("HD#2 - pain controlled on oral agents.", set()),
    ("Father had Huntington disease (HD); she has not been tested.", set()),
    ("Fluzone HD given in the L deltoid today.", set()),
    ("PD on carbidopa-levodopa, tremor worse this month.", set()),
    ("Parkinson's disease (PD) diagnosed 2015; CKD 3a.", set()),
    ("Restaging CT shows PD, second-line therapy to start.", set()),
    ("PD-L1 high; pembrolizumab every 3 weeks.", set()),
    # dialysis still to come is no dialysis
    ("CKD 4: once on HD her risk of calciphylaxis rises.", set()),
    ("She prefers in-center HD when the time comes.", set()),
    ("AVF maturing; plan for HD start in the autumn.", set()),
    ("Leaning toward home PD once her eGFR falls below 10.", set()),
])
def test_hd_and_pd_that_are_no_dialysis(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative named first inside the bracket: the bracket is about her
    ("Family: Marguerite (aunt, on HD for a decade) died of sepsis.", set()),
    # the modality left behind, or a change only planned, is not the one she is on
    ("Moved from PD to in-centre HD after a second peritonitis.", {("dialysis", "HD")}),
    ("ESKD on HD since March after PD failure.", {("esrd", "yes"), ("dialysis", "HD")}),
    ("PD -> HD in May; tunnelled line R IJ.", {("dialysis", "HD")}),
    ("Remains on CAPD; nephrology may convert to HD for thiosulfate.", {("dialysis", "PD")}),
    ("Still on PD, team raising an HD transfer with him.", {("dialysis", "PD")}),
    ("ESKD not on dialysis; counselled again about HD and home PD.", {("esrd", "yes"), ("dialysis", "none")}),
])
def test_whose_and_which_dialysis(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a family-history heading makes the rest of its line the relatives' ("FHx: brother - ESRD")
    ("FHx: brother - ESRD on HD, died 2018.\nPMH: HTN, gout.", set()),
    ("Fam hx: mum was on dialysis for years; dad DM2 on insulin.", set()),
    ("FH: father, on haemodialysis, had calciphylaxis.", set()),
    ("Asked about it. Pt tells FHx: an uncle on dialysis; no one diabetic.", set()),
    # ...and a heading after it on the same line is the patient's again
    ("FHx: mother DM2. PMH: ESRD on HD MWF.", {("esrd", "yes"), ("dialysis", "HD")}),
    ("FHx: mother DM2. BMI 31.4, on warfarin.", {("bmi", "31.4"), ("warfarin", "yes")}),
    # "w/o" is without
    ("Retiform purpura in a man w/o ESRD or diabetes.", {("esrd", "no"), ("diabetes", "no")}),
])
def test_family_headings_and_shorthand(nlp, text, expected):
    assert facts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # insulin with dextrose for a high potassium, however joined, is no insulin treatment
    ("K 6.8: IV calcium, insulin-dextrose and a repeat ECG.", set()),
    # a contraction denies what follows; a drug avoided on purpose is not taken
    ("I don't take insulin and never have.", {("insulin", "no")}),
    ("She doesn't use warfarin, only aspirin.", {("warfarin", "no")}),
    ("AF: apixaban 2.5 mg bd (warfarin deliberately avoided).", {("warfarin", "no")}),
    # type 1 diabetes written with DM, and a pump named by its abbreviation, are insulin
    ("29F, type 1 DM since age 9, on a pump (CSII).", {("diabetes", "yes"), ("insulin", "yes")}),
    ("T1D on CSII, A1c 7.4%.", {("diabetes", "yes"), ("insulin", "yes")}),
])
def test_more_ways_of_saying_insulin_and_warfarin(nlp, text, expected):
    assert facts(nlp, text) == expected
