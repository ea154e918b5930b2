"""probe215 corpus notes, E15-E20 (OCR'd faxed outside records and the clinics around them; all invented)."""

E15 = {"patient_id": "E15", "age": 70, "sex": "M", "notes": [
("2025-04-02", "Outside Records - Hospital Discharge Summary (faxed, OCR)", """
HOLL1STER MEM0RIAL HOSPITAL    DISCHARGE SUMMARY    rec'd 04/02/2025    p.1/2
Admit 3/8/2025 - D/C 3/20/2025   Dx: RLL pneumonia
70M, ESRD (HD T-Th-S), DM2 - 1inag1iptin (no insu1in), obesity, BMI 30.8.
Hospita1 course: cefepime -> 1evofloxacin. DVT prophy1axis: hep SC 5,000 u Q8H (abd0minal wal1)
started 3/8. 0n 3/14 RN found painfu1 purpuric patches around the umbi1icus at the
heparin injection sites. Differentia1: heparin skin necrosis / ca1ciphylaxis / simp1e
bruising. Heparin stopped 3/14, SCDs instead. HIT antibody sent - pending at d/c.
F/u: nephrology, derm.
HOLL1STER MEM0RIAL HOSPITAL    p.1/2    CONFIDENTIAL
"""),
("2025-04-08", "Nephrology Clinic Note", """
NEPHROLOGY - first visit since the Hollister admission
70M. HD T/Th/S, L forearm AVF. DM2 - linagliptin, nothing else.
No warfarin.
The HIT antibody came back negative (outside lab result faxed 4/3).
Around the umbilicus: three firm dusky plaques of 2-4cm with lacy edges, one capped by a
small dark crust; tender. Onset 3/14 per the discharge summary.
Chemistry: Ca 9.5, phosphate 6.9, PTH 720, albumin 3.1.
BP 150/86. BMI 30.6, obese.
Assessment: ?calciphylaxis at the old heparin sites, versus hematomas that are resolving.
Plan: dermatology for a biopsy; move to a calcium-free binder now whatever the result.
"""),
("2025-04-22", "Dermatology Consult", """
DERMATOLOGY
70M on hemodialysis. Periumbilical dusky indurated plaques as nephrology described, a
little smaller than on 4/8.
Punch of 4/10: specimen reaches no deeper than papillary/reticular dermis; no vascular
calcification, no vasculitis, no thrombi - nondiagnostic because it was too superficial.
Impression: possible early calciphylaxis, which this biopsy cannot exclude; resolving
heparin-related hematomas remain possible too.
I advised a deeper incisional sample; he has said no. He is relocating next week to
Oregon, where his son lives, so our records have been faxed to his new nephrologist.
"""),
]}

E16 = {"patient_id": "E16", "age": 84, "sex": "F", "notes": [
("2022-09-06", "Outside Records - SNF Nursing Notes (faxed, OCR)", """
HEATHERLEIGH NURSING H0ME    nursing notes    faxed 09/06/2022    pg 2 of 5
Res: 84F, ESRD on PD (cycler), AF on warfarin, frailty, R hip flexion contracture.
Positioning: since admission in Ju1y res lies on her L side nearly around the c1ock -
cannot tolerate supine or R side due to contracture pain.
08/30/22 - deep purple area L 1ateral hip (greater trochanter), 5x4cm, skin
intact, boggy. Suspected deep tissue injury. Pillow wedge, q2h turns as to1erated.
09/04/22 - center now black, edges lacy purple; very painful to touch.
Wt 44kg   BMI 19.5
HEATHERLEIGH NURSING H0ME    pg 2 of 5    CONFIDENTIAL
"""),
("2022-09-13", "PD Clinic Note", """
PD CLINIC
84F on nightly cycler PD; AF, warfarin, INR 2.4 this week; not diabetic. Very frail, 44kg.
L lateral hip: black eschar 5x4.5cm over the trochanter, purple retiform border, the
surrounding skin indurated.
Assessment: unstageable pressure injury versus calciphylaxis. Given the retiform edge and
how much it hurts, calciphylaxis is possible; she lies on that hip all day.
Chemistry: Ca 9.2, phosphate 5.9, PTH 340, albumin 2.6.
Talked about a biopsy with her daughter (HCP): the family would
rather avoid a biopsy and focus on comfort.
Plan: offload the hip, air mattress, wound nurse; palliative care referral.
"""),
("2022-10-04", "Palliative Care Note", """
PALLIATIVE CARE - visit at Heatherleigh
84F. ESRD on PD; frailty; wound of the L hip.
Wound: possibly calciphylaxis, possibly a pressure injury; it was never biopsied and the
goals are now comfort only.
She and her family agree to stop PD this week and enroll in hospice at the nursing home.
Warfarin discontinued today.
Symptoms: low-dose hydromorphone for pain, topical lidocaine before dressing changes,
mouth care for dryness.
DNR/DNI - daughter confirms.
Daughter visits daily; chaplain offered and accepted.
Will visit again next week.
"""),
]}

E17 = {"patient_id": "E17", "age": 68, "sex": "M", "notes": [
("2021-03-09", "Hemodialysis MD Note", """
HD physician note 3/9/21
68M. ESRD; dialysis M/W/F through an upper-arm graft (L). DM2 - diet-treated
now - he took insulin until 2019 and has been off it since. No warfarin.
S: sore lump of the R calf x 3 wk. Nightly since December he warms
that calf with a hot-water bottle to ease cramps.
O: 140/80; weight after the run 92.5kg; BMI 29.0.
R posterior calf: a red-brown reticulated net over about 10cm, and inside it a tender
indurated nodule of 2cm with a dusky centre.
Chemistry: Ca 9.8, phosphate 6.4, PTH 530.
Impression: erythema ab igne with a nodule - ?early calciphylaxis.
Plan: hot water bottle to stop; outside derm referral (closer to his home).
"""),
("2021-03-24", "Outside Records - Dermatology (faxed, OCR)", """
RIVERB1ND DERMAT0LOGY     fax 03/24/2021     p 1/1
Visit: 19 Mar 2021
68M on HD referred for R calf nodu1e.
Exam: R posterior ca1f: reticu1ate hyperpigmented net (erythema ab igne); centra11y a
2.5cm indurated tender nodu1e, violaceous, no ulcer yet.
Ddx: EAI + panniculitis / ear1y calciphy1axis / other panniculitis.
Deep punch biopsy taken today, sent to outside dermpath - resu1t to fo11ow.
P1an: no heat to the 1eg; f/u 2 wk.
Dr. P. Lindqvist, Riverbend Dermatology, 14 Mill Lane
RIVERB1ND DERMAT0LOGY     p 1/1     confidentia1
"""),
("2021-04-20", "Hemodialysis MD Note", """
HD physician note 4/20/21
The outside biopsy result has still not reached us despite two fax requests; the
Riverbend office is closed for renovation and he missed his follow-up there.
R calf nodule: the same, 2.5cm, tender, not ulcerated.
Impression: still ?calciphylaxis, or a panniculitis inside erythema ab igne.
Empiric step: calcium acetate replaced by sevelamer; no thiosulfate for now.
He has stopped using the hot water bottle. BMI 29.0, weight steady.
We will ask for the records once more and call the pathology lab directly.
"""),
]}

E18 = {"patient_id": "E18", "age": 61, "sex": "F", "notes": [
("2020-10-06", "PD Clinic Note", """
PD CLINIC
61F. ESRD from diabetic nephropathy, on cycler PD. Type 1 DM managed with an insulin
pump. AF - warfarin. Obesity (BMI 34.0).
S: sore purple dots, both lower legs, ten days; several have broken open.
O: both lower legs: palpable purpuric papules up to mid-calf; three small punched-out
ulcers on the R shin and two on the L shin; no eschar anywhere.
Chemistry: Ca 9.1, phosphate 5.5, PTH 280; INR 2.8.
Assessment: r/o calciphylaxis (PD, warfarin) versus a small-vessel vasculitis - she
started cefalexin two weeks ago.
Plan: derm for biopsy; stop cefalexin; urinalysis.
"""),
("2020-10-16", "Outside Records - Dermatopathology Report (faxed, OCR)", """
C0ASTLINE DERMAT0PATH0LOGY    SURGICAL PATH REP0RT    faxed 10/16/2020
Specimen: punch bx, L shin, collected 2020-10-09
C1inical hx: 61F on PD, warfarin; purpura and u1cers both 1egs; r/o ca1ciphy1axis.
Micro: 1eukocytoc1astic vascu1itis of superficia1 dermal vesse1s - fibrinoid
change, karyorrhexis. No vascular ca1cification on von Kossa stain. Subcutis
unremarkab1e. No thrombi.
Dx: LEUK0CYT0CLASTIC VASCULITIS. No features of calciphylaxis.
Comment: review of recent drug exposures suggested.
Gross: 4 mm skin punch, tan, bisected, entire1y submitted in one cassette.
Signed: R. Okonjo MD, dermatopatho1ogist
C0ASTLINE DERMAT0PATH0LOGY    pg 1/1    end of report
"""),
("2020-10-27", "PD Clinic Note", """
PD CLINIC - follow-up
L shin biopsy: leukocytoclastic vasculitis; von Kossa shows no calcium. Calciphylaxis
is therefore ruled out.
Most likely a drug reaction to cefalexin, which was stopped on 10/6.
Legs: purpura fading, ulcers re-epithelialising.
Insulin pump settings unchanged. Warfarin continues; latest INR 2.5.
BMI 33.8; weight down 0.5kg.
PD: Kt/V 1.8 in Sept; peritonitis-free in 2020; exit site clean.
Dietitian reviewed potassium and protein intake; no changes.
Plan: short prednisone taper as derm advised; repeat urinalysis for blood; see in 4 wk.
"""),
]}

E19 = {"patient_id": "E19", "age": 49, "sex": "M", "notes": [
("2024-05-14", "Nephrology CKD Clinic Note", """
CKD CLINIC - Kestrel Valley Nephrology
49M. CKD4 (reflux nephropathy), eGFR 24, no dialysis yet. Not diabetic.
Takes no anticoagulant.
S: anxious. His older sister, dialysed for years, passed away in 2019 - cause:
calciphylaxis. He wants to know if the same will happen to him.
O: 132/80; BMI 25.1. Head-to-toe skin exam normal - no ulcer, plaque, purpura, livedo.
Chemistry: Ca 9.3, phosphate 4.6, PTH 165.
Assessment/plan: nothing to suggest calciphylaxis. Counselled him to keep his phosphate
in range, to avoid calcium pills and, if possible, warfarin, and to tell us early about
any painful patch of skin.
"""),
("2024-06-03", "Outside Records - PCP Visit (faxed, OCR)", """
MAPLEC0URT PRIMARY CARE    v1sit note    faxed 06/03/2024    p 1/2
49M f/u HTN, CKD 4 (fo11owed by nephro).
FHx: sister - ESRD on HD, ca1ciphylaxis, deceased 2019. Father - MI at 60.
ROS: no rash, no skin sores, no we1ght change.
Exam: skin warm, dry, intact; legs without 1esions; no edema.
BP 128/78   BMI 25.0
P: 1isinopril unchanged; flu shot in fall; labs with nephro; RTC 6 mo.
Meds: lisinopri1 20 mg, amlodipine 5 mg, ca1cium acetate with mea1s.
Electronica11y signed: J. Haverford DO
MAPLEC0URT PRIMARY CARE    p 1/2    CONFIDENTIAL
"""),
]}

E20 = {"patient_id": "E20", "age": 52, "sex": "F", "notes": [
("2017-08-15", "Outside Records - Dermatology Consult (faxed, OCR)", """
SUMMERVALE SKIN CLINIC    consu1t letter    08/15/2017    pg 1 of 2
52F, ESRD - hemodia1ysis, DM2 (diet-contro11ed), obese (BMI 30.0), ulcerative colitis.
Ulcer R lateral lower leg that started after she knocked the leg on a bed frame in
June, then kept enlarging.
Exam: 5cm ulcer, border violaceous and undermined, base purulent; no eschar and
no retiform purpura.
Bx 8/1: dense dermal neutrophilic infiltrate, no vessel calcification, cultures negative.
Dx: pyoderma gangrenosum (pathergy after minor trauma), UC-associated.
P: prednisone 40 mg, clobetasol to border; no debridement.
SUMMERVALE SKIN CLINIC    pg 1 of 2    CONFIDENTIAL
"""),
("2017-09-05", "Hemodialysis MD Note", """
HD physician note
52F. ESRD, in-centre hemodialysis, chair 12, M-W-F shift. DM2 without medication (diet). Ulcerative colitis.
No warfarin. Dry weight unchanged at 81kg.
R leg ulcer: pyoderma gangrenosum according to the outside dermatologist (letter of
8/15 reviewed); on prednisone now, and it is smaller (4cm) with a less purple border.
No features of calciphylaxis. Phosphate 5.0, PTH 290.
BMI 30.0 - obese.
Plan: watch glucose closely while on steroids, fingersticks before each run; wound nurse
weekly; GI aware of the prednisone. No change to the dialysis prescription.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
