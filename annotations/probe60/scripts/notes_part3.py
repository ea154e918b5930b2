"""probe60 corpus notes, G15-G20 (nursing shift documentation and care plans; all invented)."""

G15 = {"patient_id": "G15", "age": 69, "sex": "F", "notes": [
("2021-11-16", "Skin Check Flow", """
HH skin check
L lower abdomen: hard, purple, very tender area ~4 cm, pt injects her insulin there ("always the left side, I'm right handed"). Noticed it 1-2 wks ago.
Hx: PD for ESRD; DM2 - Humalog mix BID; BMI 31.8. No anticoag.
Sent pics to PD nurse. ?calciphylaxis vs lipohypertrophy/panniculitis
"""),
("2021-11-23", "SBAR to Nephrology", """
S: L lower abd lesion growing, now w/ small dark center
B: PD pt, insulin into L lower abd for yrs
A: concern for calciphylaxis; differential panniculitis, injection site reaction. Pain 7/10.
R: request derm bx; insulin moved to R side + thighs meanwhile.
"""),
("2021-12-10", "Discharge to Hospice - Nursing Summary", """
Transfer summary to hospice
Pt elected hospice after CVA 12/1; PD stopped per family/pt wishes.
Skin: L lower abd lesion 5 cm w/ dark center. Derm bx was scheduled 12/3, cancelled - never done. Diagnosis not established (suspected calciphylaxis).
Comfort dsg, morphine SL prn.
"""),
]}

G16 = {"patient_id": "G16", "age": 81, "sex": "M", "notes": [
("2024-08-19", "Incident Report - Fall", """
Fall 8/19/24 in hallway, witnessed by PT aide. Tripped on walker wheel, knocked R shin on the handrail bracket. 3 cm abrasion R anterior shin, oozing, cleaned + foam dsg.
On warfarin (AFib), INR 3.1 - MD aware.
CKD4 (eGFR 19), no dialysis. Non-diabetic. BMI 24.0.
"""),
("2024-09-10", "Weekly Skin Check", """
R shin where he hit the handrail: wound not healing, now black eschar 3.5cm, purple mottled rim, painful (6/10) out of proportion.
Nurse practitioner note: r/o calciphylaxis (warfarin, CKD) vs slow-healing traumatic wound. Derm referral.
"""),
("2024-10-02", "Nursing Handoff", """
- R shin: still eschar, slightly smaller 3 cm
- derm appt 9/25 missed (transport), rebooked Nov
- calciphylaxis still on differential, not confirmed, no bx
- INR 2.5, warfarin same dose
"""),
]}

G17 = {"patient_id": "G17", "age": 57, "sex": "F", "notes": [
("2025-02-03", "Skin Check Flow", """
Both posterior thighs: patchy purple-brown net pattern + 2 small dark crusted areas (L 2cm, R 1.5cm). Pt sleeps on electric heated blanket set on high "all winter", since Nov 2024.
Hx: HD for ESRD, warfarin (AFib). Non-diabetic. BMI 29.9 (not obese).
"""),
("2025-02-05", "SBAR", """
S: thigh lesions
B: HD pt on warfarin, heating blanket nightly since Nov
A: calciphylaxis vs thermal injury (erythema ab igne w/ breakdown) vs warfarin necrosis - uncertain. Pain 5/10.
R: derm eval, bx if able; blanket removed.
"""),
("2025-02-19", "Transfer Note", """
Pt transferred to a facility in another state near daughter before derm bx could be done. Thigh areas unchanged. Possible calciphylaxis - no confirmation here. Records faxed.
"""),
]}

G18 = {"patient_id": "G18", "age": 63, "sex": "M", "notes": [
("2018-04-10", "Skin Check Flow", """
Post cardiac cath day 5 (R femoral access 4/5)
Bilateral calves + feet: livedo reticularis, blue toes both feet, painful. ?CUA (he is an HD pt).
DM2, uses insulin; BMI 27.0.
"""),
("2018-04-13", "SBAR", """
S: calf/foot livedo worse, L 2nd toe dusky
B: HD pt, cath 4/5, insulin DM2
A: r/o calciphylaxis vs cholesterol emboli. Eos 9%.
R: skin bx L calf by derm today.
"""),
("2018-04-18", "Nursing Handoff", """
bx L calf: cholesterol clefts in arterioles = cholesterol embolization. NO calcification - calciphylaxis ruled out per derm/renal.
toes: keep warm (no heat packs), foot cradle
insulin per scale
"""),
]}

G19 = {"patient_id": "G19", "age": 45, "sex": "F", "notes": [
("2022-10-04", "Dialysis Unit Nursing Assessment", """
Chair 11 pre-HD assessment
Skin: intact, no lesions. Pt asked again about her sister's calciphylaxis (sister died 2019, was also on HD) - worried it "runs in the family".
Hx: ESRD 2/2 IgA nephropathy. Nondiabetic; never on warfarin. BMI 23.0.
"""),
("2022-11-15", "Incident Report - Skin Tear", """
Skin tear L forearm while removing tape from fistula needle site 11/15, 1.5 cm, type 1, flap replaced, silicone dsg. No other injuries.
"""),
("2022-12-06", "Skin Check Flow", """
L forearm skin tear healed. Full skin check - nothing purpuric, nodular or ulcerated. Pt reassured; sister's calciphylaxis hx added to family hx section.
"""),
]}

G20 = {"patient_id": "G20", "age": 59, "sex": "M", "notes": [
("2023-06-12", "Nursing Care Plan", """
Nursing dx: Risk for impaired skin integrity r/t ESRD on PD, insulin-dependent DM2, obesity (BMI 34.1)
Risk: calciphylaxis
Interventions:
 - rotate insulin sites, avoid injecting same spot
 - no heating pads/ice packs on skin
 - pt to call us for any new painful dark spot, esp belly/thighs
Skin today: intact.
"""),
("2023-09-18", "PD Clinic Skin Check", """
Skin check: intact, no lesions, no purpura. Insulin sites rotated (abd, thighs). BMI 34.1. If painful nodule develops, call clinic same day. Not on warfarin.
"""),
("2024-01-22", "Turning Schedule / Braden - Inpatient", """
Admitted overnight w/ PD peritonitis (cloudy effluent, IP abx started).
Braden 18 -> mild risk. Reposition q2-3h while in bed, self-turns w/ cues.
0000 L side / 0200 back / 0400 R side / 0600 up to chair
Head-to-toe skin: no open areas, no dusky or mottled skin, insulin sites clean. BMI 34.1.
Care plan reminder re calciphylaxis risk reviewed w/ pt - still no heat or cold packs at home.
"""),
]}

PATIENTS = [G15, G16, G17, G18, G19, G20]
