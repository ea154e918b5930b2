"""probe92 corpus notes, L15-L20 (pulmonary and sleep medicine; all invented)."""

L15 = {"patient_id": "L15", "age": 57, "sex": "M", "notes": [
("2022-02-15", "Pulmonary Clinic Note", """
Pulm - asthma/COPD overlap
57M on Trelegy 1 puff daily, albuterol prn, 2 exacerbations in 2021.
New: tender nodule L lower abdomen at his usual insulin spot (aspart + detemir, injects L side of belly "because it's closest to my good hand"). Started ~3 wks ago.
PMH: ESRD - in-center hemo for 4 yrs, T2DM. No warfarin.
Exam: L lower quadrant 2 cm firm violaceous nodule, overlying dusky skin, no ulcer.
BMI 29.9 -> overwt, does not meet obesity.
A: ?calciphylaxis vs lipohypertrophy/injection granuloma. Derm referral.
"""),
("2022-03-03", "Dermatology Consult", """
Derm
L abd nodule at insulin site. Punch bx 2/24: fat necrosis w/ focal calcium, no definite vascular calcification - nondiagnostic. Calciphylaxis remains a possibility; deeper incisional bx recommended.
Pt declines further biopsy at this time ("one hole is enough").
Plan: move injections to R side of abdomen / thighs, recheck 4 wks.
"""),
("2022-04-12", "Pulmonary Clinic Note", """
Pulm f/u
Breathing ok. ACT 20.
Abd nodule smaller per pt, no ulceration; derm had raised possible early calciphylaxis but never confirmed - pt did not return to derm.
Plan: cont inhalers; encouraged derm f/u.
"""),
]}

L16 = {"patient_id": "L16", "age": 80, "sex": "F", "notes": [
("2025-06-03", "Pulmonary Clinic Note", """
Pulm f/u - ILD (RA-associated), home O2 2 L exertional.
Pt clipped her R shin against the O2 tank trolley about 2 weeks ago; scrape has since become a black scab with a purple rim and hurts more than she'd expect.
PMH: CKD 3b, eGFR 34, no RRT; warfarin (AF), INR last week 2.6; no diabetes.
Exam: 2.5cm eschar on R anterior shin, purple halo.
A: nonhealing shin wound - ddx ?calciphylaxis, warfarin skin necrosis, plain traumatic ulcer of frail skin.
P: wound clinic, INR, derm.
"""),
("2025-06-24", "Wound Clinic Note", """
WOUND CLINIC
R ant lower leg 3x2cm, 80% dry eschar, periwound purpura.
Pt and daughter decline biopsy. Clinically cannot exclude calciphylaxis; suspected but unproven.
Plan: leave eschar dry and stable, padded cart handle, BMI 23.0.
"""),
("2025-08-05", "Pulmonary Clinic Note", """
ILD f/u: FVC stable 64%.
Shin wound slowly shrinking, still some eschar. Dx remains uncertain ("?calciphylaxis" per wound team); no biopsy done. Warfarin continued per cards.
"""),
]}

L17 = {"patient_id": "L17", "age": 84, "sex": "M", "notes": [
("2020-12-08", "Pulmonary Home Visit", """
Home-based pulm (NP visit)
84M, end-stage COPD on 4 L O2, nightly PD at home. Not diabetic.
Sleeps under an electric blanket cranked to high all night, Oct onward "to keep warm."
Today wife shows me mottled purple patches w/ a few black spots over both anterior thighs, painful to touch, x 1 week.
Suspect calciphylaxis vs thermal injury. Advised to stop electric blanket.
BMI 20.5.
"""),
("2020-12-17", "Pulmonary Home Visit", """
NP f/u
Thigh lesions larger, more retiform; pain 7/10. Derm consult arranged but pt and family decided to enroll in home hospice instead; no biopsy wanted.
Working dx: possible calciphylaxis (never confirmed). Plan now comfort only: morphine soln prn dyspnea/pain, wound dressings.
"""),
("2021-01-05", "Hospice Liaison Note", """
Hospice RN -> pulm NP (FYI)
Mr. Ostrowski passed peacefully at home 1/3 w/ family present. Thigh wounds had been dressed daily w/ foam; no tissue diagnosis was ever obtained - family comfortable w/ that. PD stopped 12/28 per his wishes.
Thank you for your care.
"""),
]}

L18 = {"patient_id": "L18", "age": 68, "sex": "M", "notes": [
("2023-09-12", "Pulmonary Clinic Note", """
Pulm - pre-op clearance f/u
68M, mild COPD, on HD (ESRD from HTN nephrosclerosis), DM2 on insulin glargine 10 u.
S/p L heart cath (R femoral access) 8/29. Since then purple lacy mottling on both feet and toes, painful, a couple dusky toe tips.
A: livedo/purpura of feet - ddx cholesterol emboli vs calciphylaxis (r/o).
P: derm, vascular. Hold surgery. BMI 29.0.
"""),
("2023-09-28", "Dermatology Consult", """
Derm consult
Bilat feet: livedo racemosa, dusky toe tips, no ulcers.
Bx L dorsal foot: cholesterol cleft emboli in arterioles. No vascular calcification.
Dx: atheroembolic disease post-cath. Calciphylaxis ruled out.
Eos 9%.
"""),
("2023-11-07", "Pulmonary Clinic Note", """
Pulm f/u - feet improving, cholesterol emboli per derm (not calciphylaxis). Cleared for surgery from lung standpoint. On warfarin now for new AF per cards.
"""),
]}

L19 = {"patient_id": "L19", "age": 46, "sex": "F", "notes": [
("2024-03-19", "Sleep Medicine Consult", """
SLEEP CONSULT
46F w/ snoring, AM headaches, ESS 15.
FHx: one brother (dialysis) passed away from calciphylaxis in 2019 - pt worried about her own risk. Mother w/ DM2.
Pt: normal renal fxn (Cr 0.7), A1c 5.3, no DM; no anticoag meds. Skin exam normal.
BMI 33.1.
Plan: HSAT. Reassured re kidneys.
"""),
("2024-04-30", "Sleep Medicine Follow-up", """
HSAT: AHI 19, nadir SpO2 82%. Mod OSA.
Started APAP 5-15, medium nasal mask. Discussed mask fit and skin care under straps.
BMI 32.7.
"""),
("2024-07-09", "Sleep Medicine Follow-up", """
APAP download 30d: 83% use >4h, mean 6.4 h, residual AHI 1.8, mild leak.
Headaches gone. Slight redness where the strap crosses her cheek - fitted a smaller frame.
Pt lost a little wt: BMI 32.4. Kidney labs from PCP normal again.
RTC 12 mo.
"""),
]}

L20 = {"patient_id": "L20", "age": 70, "sex": "F", "notes": [
("2019-04-02", "Pulmonary Clinic Note", """
Pulm - COPD
70F on HD, warfarin for mech mitral valve, not diabetic.
Nephrology has flagged her as high risk for calciphylaxis (high PTH, warfarin). Counseled: avoid heating pads/ice packs, report any painful skin spot, should she need LMWH it would be given w/ site rotation.
Skin intact throughout; no lesions.
BMI 26.3.
"""),
("2019-10-15", "Pulmonary Clinic Note", """
Pulm f/u
COPD stable on Anoro. Skin check: no ulcers, no purpura. No calciphylaxis.
Flu shot given L deltoid today.
"""),
]}

PATIENTS = [L15, L16, L17, L18, L19, L20]
