"""probe261 corpus notes, J15-J20 (ambient AI-scribe drafts and the clinic notes around them; all invented)."""

J15 = {"patient_id": "J15", "age": 60, "sex": "F", "notes": [
("2021-03-02", "Endocrinology Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - Endocrinology follow-up, 3/2/2021
Speakers: patient, clinician (Dr. Halvard Minett), CDE (Jo).

Patient reports that for years she injects insulin solely into her left lower
belly, "because it stings least there." Patient reports a hard, sore lump at that very spot
since February, with a little scab on top.
Clinician examined: L lower abdomen, firm tender nodule about 30 mm across with a 4 mm
crust and purplish skin around it; R side of abdomen soft.
Clinician advised moving injections to the thighs and the right side for now.
Background: ESRD - hemodialysis at the Ridgecrest unit, Mon/Wed/Fri; T2DM - glargine 30 units plus
correction lispro; no warfarin; BMI 38.4.
A1c 7.9. Plan: rotate sites, CDE teaching, derm referral for the lump.
"""),
("2021-03-16", "Dermatology Consult", """
DERMATOLOGY CONSULT 03/16/2021
60F HD, insulin-treated T2DM, BMI 38.4.
Nodule L lower abdomen since Feb 2021, at the spot she habitually injects.
Exam: 35x30 mm indurated violaceous nodule, 5 mm eschar at its centre, faint netted
erythema around; nothing similar elsewhere.
Differential: panniculitis/fat necrosis from injections versus calciphylaxis; on HD and
looking like this, calciphylaxis can't be excluded.
Shave biopsy today (pt declined a deeper wedge): epidermis and upper dermis only,
nonspecific inflammation, no subcutis sampled - nondiagnostic.
Plan: recommend deep incisional biopsy; no injections into that area; recheck 2 wks.
"""),
("2021-04-06", "Nephrology Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - nephrology visit, April 6, 2021
Speakers: patient, son (Raúl), clinician (Dr. Lavinia Oduya).

Patient reports the lump has not changed and still aches. Patient reports she does not want
another biopsy: "they already cut me once and found nothing." Son reports they are
moving her to Arizona within days so she can stay at his house; a dialysis chair
there is booked.
Clinician examined: L lower abdominal nodule ~35 mm, crust as before.
Assessment (clinician edited): possible calciphylaxis; needle-related fat necrosis the
alternative; still unproven; empiric thiosulfate not started.
Clinician advised asking the new team for a deep biopsy if it grows or opens.
Chart copies and wound photographs faxed to the Arizona nephrologist. Weight 101 kg.
"""),
]}

J16 = {"patient_id": "J16", "age": 77, "sex": "M", "notes": [
("2018-11-08", "Anticoagulation Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - Anticoag clinic, Nov 8 2018
Speakers: patient, wife (Ilse), clinician (PharmD Rowan Ferrante).

Patient reports the colonoscopy on Oct 29 went fine; warfarin was held and his wife gave
enoxaparin shots into both thighs from Oct 22 through Oct 29 as the bridge. Wife reports
the thighs were bruised from the shots but that has faded.
Clinician reviewed: warfarin 4 mg daily restarted Oct 30; INR today 2.6 (goal 2-3, AF).
Background: CKD stage 4 (eGFR 22) and not dialyzing; no diabetes; BMI 27.5.
Clinician advised watching for dark urine or black stools and keeping the INR visits.
Plan: continue 4 mg, INR in 2 wks.
"""),
("2018-11-20", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT - 11/20/2018
77M, AF on warfarin, CKD 4 (not on dialysis). Admitted for pain.
HPI: purple, painful R anterior thigh since ~11/10/18, rapidly darkening. Enoxaparin
bridge into both thighs 10/22-10/29.
Exam: R anterior thigh 80x60 mm retiform purpura, central necrosis 3 cm, hemorrhagic
bulla at the edge; L thigh normal.
Labs: INR 2.8, Ca 9.6, phos 5.9, PTH 288, protein C activity pending.
Impression: differential is skin necrosis from warfarin, calciphylaxis (nonuremic, CKD
4) or cholesterol emboli - favor ?calciphylaxis given timing well after warfarin start.
Rec: deep incisional biopsy; hold warfarin, heparin gtt per primary; wound care.
"""),
("2018-11-27", "Palliative Care Consult - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - palliative care consult, 11/27/2018
Speakers: patient, wife (Ilse), daughter, clinician (Dr. Noor Abelard).

Wife reports they talked it over and do not want the biopsy; he is tired of procedures.
Patient reports his main wish is to be home with the dog. Daughter asks what the thigh
wound actually is. Clinician explained the team never confirmed whether it is
calciphylaxis or a reaction to warfarin, and without the biopsy it will stay uncertain.
Clinician examined: R thigh necrotic plaque, larger, no infection signs.
Plan agreed: home hospice, stop warfarin, comfort-focused wound care, hydromorphone PRN.
"""),
]}

J17 = {"patient_id": "J17", "age": 45, "sex": "F", "notes": [
("2024-09-10", "PD Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - PD clinic, 09/10/2024
Speakers: patient, clinician (Dr. Yusuf Brannagh), PD RN.

Patient reports lacy purple markings on both thighs, front side, for roughly a
month, tender to the touch, worse when the clinic is chilly. Patient reports she works
remotely with the laptop balanced on her lap for most of the workday. Patient asks
whether this could be "calcify laxis" [Clinician edit: calciphylaxis], which she read
about on a PD forum.
Clinician examined: bilateral anterior thighs with a livedo-like network, no nodules,
no ulceration.
Assessment (clinician edited): livedo, likely benign vs early calciphylaxis - concern
only. [Draft had listed calciphylaxis under diagnoses; removed by clinician.]
Background: ESRD from reflux nephropathy on CAPD; no diabetes; no warfarin; BMI 22.1.
Plan: derm referral; laptop on a tray, not the lap.
"""),
("2024-09-24", "Dermatology Consult", """
DERM CONSULT 24 Sep 2024
45F CAPD. 4-6 wk hx of tender reticulate discoloration anterior thighs bilat.
Exam: broken-pattern livedo racemosa on the anterior thighs bilaterally; on the left thigh two
pea-sized tender nodules deep to the skin. No ulcer, no eschar.
Ca 9.4, PTH 640, phosphate 6.9.
Impression: concern for early calciphylaxis; ddx livedo from heat of the laptop
(erythema ab igne in evolution) or cold-induced livedo reticularis.
Offered a biopsy of one nodule - she would like time to decide.
Plan: no laptop on the lap, warm room, tighten phos control; return 3-4 wks, biopsy then if
nodules persist.
"""),
("2024-10-22", "PD Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - PD clinic, 22 October 2024
Speakers: patient, clinician (Dr. Brannagh).

Patient reports the marks are a little lighter since the laptop went onto a desk; the L
thigh bumps are still sore. Patient reports she cancelled the derm biopsy because her
transplant work-up is at the university next month and she would rather they do it.
Clinician examined: faint livedo both thighs, two small firm nodules L thigh unchanged.
Assessment: still possible early calciphylaxis, unconfirmed.
Clinician advised keeping phos under 5.5 and telling the transplant team about the skin.
Plan: sevelamer 1600 TID, letter to the university.
"""),
]}

J18 = {"patient_id": "J18", "age": 56, "sex": "M", "notes": [
("2022-02-08", "Hemodialysis Rounds - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - HD rounds, 02/08/2022, MWF 1st shift
Speakers: patient, clinician (Dr. Gwenllian Pardo).

Patient reports a tender knot with a small scab on the right lower belly, where he has
injected his insulin for a long time, for about two weeks. Denies fever.
Clinician examined: R lower abdomen, firm subcutaneous nodule roughly 25x20 mm, 3 mm
crust, pink halo, no livedo, no drainage.
Assessment: [Clinician edit: r/o calciphylaxis] vs a reaction at the injection site.
Clinician advised injecting on the left side and thighs until this settles.
Background: ESRD (hypertension + DM), left arm fistula; T2DM using NPH insulin; no
warfarin; BMI 31.0.
Plan: derm biopsy; Ca/phos/PTH today.
"""),
("2022-02-22", "Dermatology Consult", """
DERMATOLOGY CONSULT 02/22/2022
56M HD, T2DM on insulin. R lower abdominal nodule x ~4 wks at his insulin site.
Punch-incisional bx 2/15: lobular fat necrosis with lipophages and foreign-body
granulomas; vessels free of calcium, interstitium too; von Kossa stain negative;
thrombi absent.
Impression: injection-site fat necrosis. Calciphylaxis ruled out.
Exam today: nodule 2 cm, crust gone, less tender; surrounding skin soft.
Plan: rotate sites across the left abdomen and both thighs, fresh needle every dose;
no need for thiosulfate; nephrology informed by message; follow up PRN.
"""),
("2022-03-15", "Nephrology Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - nephrology clinic, 3/15/22
Speakers: patient, wife (Dana), clinician (Dr. Pardo).

Patient reports the belly lump is nearly gone and he is using the left side and his
thighs now. Wife asks if the "calcium thing" is still a worry; clinician explained the
biopsy showed fat damage from the needle, not calciphylaxis.
Clinician examined: R lower abdomen small soft nodule, skin intact.
Labs: phos 5.2, PTH 350, Hgb 10.9.
Weight 96 kg, BMI 31.0.
Plan: continue sevelamer, insulin per endocrine, review in 3 months.
"""),
]}

J19 = {"patient_id": "J19", "age": 38, "sex": "F", "notes": [
("2023-08-15", "PD Clinic - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - PD clinic, Aug 15 2023
Speakers: patient, clinician (Dr. Maelle Ingersoll), PD RN.

Patient reports her older sister, who is on dialysis too, got a calciphylaxis diagnosis
on both legs last winter and still goes to wound care; patient asks if it is something
families pass down. Clinician explained it is not usually inherited but shares risk factors.
Patient reports no skin pain, no sores, no dark patches.
Clinician examined: skin of abdomen, thighs and legs intact; pump infusion set on the R
flank, clean; PD exit site healthy.
Clinician advised rotating infusion-set sites, keeping heat packs off her skin, and
calling if any painful spot appears.
Background: ESRD from type 1 diabetes on CCPD; insulin pump; no warfarin (her mother takes
it). BMI 25.9.
"""),
("2023-11-14", "PD Clinic Note", """
PD CLINIC - 11/14/2023
38F T1DM, pump-delivered insulin; CCPD for ESRD since 2021.
S: feels well; no skin complaints.
O: BP 128/78. Wt 68.2 kg, BMI 25.5. Skin: trunk and all four limbs clear of lesions;
exit site clean; pump site L abdomen clean.
Labs: PTH 260, albumin 3.8, Ca 9.2, phos 4.8. Bags draining clear; no peritonitis episodes in 2023.
Impression: no skin finding that points to calciphylaxis; sister's history noted. Continue sevelamer, PD
prescription unchanged, pump per endocrine. RTC 1 month.
"""),
]}

J20 = {"patient_id": "J20", "age": 80, "sex": "M", "notes": [
("2019-04-09", "Hemodialysis Rounds - Ambient Scribe Draft", """
AMBIENT SCRIBE DRAFT - HD rounds, 04/09/2019
Speakers: patient, son (Clement), clinician (Dr. Esther Vandermolen).

Patient reports he slipped in the bathroom last week and the towel rail tore the skin of
his right forearm. Son reports it is healing with the bandage.
Clinician examined: R forearm skin tear about 3 cm, flap adherent, clean, no infection.
Patient reports warfarin was stopped about two months ago and he now takes apixaban;
clinician noted the switch was made partly because, in people on dialysis, warfarin
adds to the chance of calciphylaxis.
Clinician advised a night light, grab bar, and keeping the forearm dressed.
Background: ESRD (dialyzes Mon, Wed, Fri); not diabetic; AF. BMI 23.0.
"""),
("2019-05-07", "Hemodialysis Rounds Note", """
HD ROUNDS 05/07/2019 - Dr. E. Vandermolen
80M ESRD on HD, AF on apixaban (warfarin d/c Feb 2019).
R forearm skin tear healed, faint pink scar.
Full skin survey: no ulcer, purpura or livedo anywhere. No signs of calciphylaxis.
Pre-HD BP 142/70, post 126/68. Dry wt 70 kg. Kt/V 1.4.
Labs: Hgb 11.2, PTH 310, phos 4.9, Ca 9.0.
Plan: HD prescription unchanged; PT for balance; fall precautions. Son to fit the grab
bar this weekend; shower chair ordered through the social worker.
"""),
]}

PATIENTS = [J15, J16, J17, J18, J19, J20]
