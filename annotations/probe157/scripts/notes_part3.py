"""probe157 corpus notes, A15-A20 (patient-safety event reports, incident reviews, nursing skin-event
forms and the clinics around them; all people, places and wording invented)."""

A15 = {"patient_id": "A15", "age": 67, "sex": "M", "notes": [
("2024-06-11", "IV Infiltration / Extravasation Event Report", """
EVENT REPORT - Infusion-related skin injury
Unit: 8 Central (step-down)     Event date: 06/10/2024 ~1400
Pt: 67 M, dialyzes Tue/Thu/Sat using his L upper arm AV fistula, T2DM (diet + linagliptin), CAD.
Device: 22g PIV, R volar forearm (placed 6/9 in ED).
What happened: vancomycin running via R forearm PIV; pt c/o burning at 1330, RN found the
site swollen, taut and pale w/ 2 small blisters. INS grade 4 (>15cm swelling).
Actions: infusion stopped, residual aspirated, catheter removed, R arm elevated, warm
compress x 20 min QID x 48h per pharmacy, outlined with marker, photos taken.
Notified: Dr. Castellanos; pharmacy; family.
6/11 AM: swelling down, two blisters intact, 3x2cm dusky area at center.
Contributing: PIV in a small forearm vein for vesicant-type infusion; hourly site checks
missed x2 (staffing).
"""),
("2024-07-09", "Wound Care Consult", """
WOUND CARE NURSE CONSULT - outpatient (referred by HD unit)
67M, HD TTS. R volar forearm wound after IV infiltration 6/10/24.
Now: R volar forearm, firm black eschar 4x3cm, 1-2cm band of violet retiform mottling,
pain 7/10 out of proportion, indurated. No purulence.
Pt not on warfarin. BMI 26.1.
Unit labs 7/2: Ca/Phos/PTH 9.5/7.6/950.
Impression: extravasation necrosis vs calciphylaxis - the retiform purpura and severe pain in
a pt with high phos make calciphylaxis a concern. Recommend derm biopsy before any debridement.
Dressing: dry, nonadherent, no compression.
"""),
("2024-07-23", "Nephrology Note", """
HD rounding note - Dr. Castellanos
R forearm eschar, possible calciphylaxis vs extravasation injury. Pt declined biopsy
twice ("no more cuts on that arm"). Derm unable to see him before move.
Pt relocating next week (going to his son's) and will dialyze at a center out of state.
Records and wound photos faxed; receiving nephrologist informed that calciphylaxis remains
suspected but unproven, and that a biopsy is still advised if the wound does not heal.
Empiric: stop calcium carbonate -> sevelamer; cinacalcet 30. No STS started.
Pre-HD 138/72, wt 80.4 kg, BMI 26.1. Tolerating 4 h runs, EDW unchanged.
"""),
]}

A16 = {"patient_id": "A16", "age": 84, "sex": "F", "notes": [
("2026-02-03", "Nursing Skin Event Form", """
NURSING SKIN EVENT FORM / HAPI
Discovered: 02/02/2026 on bath, 5 West
Pt: 84F, on HD MWF, AF (warfarin), severe malnutrition (BMI 19.8), bedbound.
Location: sacrum extending onto L buttock.
Description: unstageable pressure injury 6x5cm, black/purple eschar, surrounding purple
skin that does not blanch; fragile. Braden 10.
Turning documented q2-3h; specialty mattress ordered 1/30, arrived 2/1.
Actions: low-air-loss surface, silicone foam, offload, wound RN consult, nutrition consult,
family notified (daughter, HCPOA).
Contributing factors for review: 2-day delay in specialty surface; pt declines turns at
night because of pain; incontinence.
"""),
("2026-02-17", "Wound Care Consult", """
WOC NURSE CONSULT
84F HD, on warfarin. Sacral/L buttock wound, first seen 2/2.
Today: 8x6cm, eschar w/ irregular stellate edges; margin shows retiform purpura extending
3cm onto L buttock beyond any pressure point; exquisite pain on light touch.
Atypical for pressure alone. Concern for calciphylaxis (HD, warfarin, low albumin 2.4).
Recommend derm biopsy if consistent with goals; avoid sharp debridement.
Dressing: leave eschar dry, bordered silicone foam changed q3 days and prn; keep off back.
Premedicate with hydromorphone before dressing changes.
"""),
("2026-03-03", "Palliative Care Note", """
PALLIATIVE CARE - family meeting
84F, kidney failure on HD, progressive decline, sacral/L buttock necrotic wound. Wound team
suspects calciphylaxis; biopsy discussed w/ daughter - declined, would not change plan.
Diagnosis remains unconfirmed: pressure injury with possible calciphylaxis.
Goals: comfort-focused. HD to stop after Friday per pt's prior wishes and family; warfarin
stopped; hospice referral placed.
Symptoms: pain controlled on hydromorphone 0.2 mg IV q3 hours prn, fentanyl 12 mcg patch.
Wt 46 kg, BMI 19.6.
Daughter tearful but in agreement; chaplain visit requested. Now DNR/DNI after today's talk.
Wound care for comfort only: foam dressing, change when soiled, no measurements needed.
"""),
]}

A17 = {"patient_id": "A17", "age": 49, "sex": "F", "notes": [
("2018-11-02", "Emergency Department Note", """
ED NOTE
49F, kidney failure on CAPD, type 1 DM with insulin pump, obesity (BMI 36.5), HTN.
CC: burn on belly.
HPI: Fell asleep 10/31 with the electric heating pad (high setting) lying on her lower abdomen for
cramps; woke w/ redness and blisters below the umbilicus, L>R. PD catheter exits R upper
quadrant - not involved.
Exam: lower abdomen below umbilicus 10x6cm area of partial-thickness burn, several
ruptured blisters, pink base. Exit site clean.
Plan: wound cleansed, silver sulfadiazine held (PD), petrolatum gauze; PD nurse to check
effluent; burn clinic f/u; heating pad discarded. No warfarin.
VS: 37.0C, pulse 92, 150/94.
"""),
("2018-12-04", "Peritoneal Dialysis Clinic Note", """
PD CLINIC
49F CAPD. Lower abdominal burn from 10/31 (heating pad) not healing.
Today: L lower abdomen, black eschar 5x4cm, violaceous retiform border, very painful;
rest of burn area re-epithelialized.
Ca/P/PTH 10.0/6.8/780, alb 3.0.
A/P: non-healing necrotic burn wound vs calciphylaxis at the burn site (r/o calciphylaxis).
Referrals placed: dermatology (biopsy) and wound clinic; calcium carbonate stopped.
Effluent clear, exchanges unchanged. BMI 36.2.
Pain 8/10 at night despite acetaminophen; tramadol 50 mg given with renal dosing. Pt tearful,
worried the wound could infect her catheter - exit site reviewed together, looks fine.
"""),
("2019-01-08", "PD Nurse Telephone Note", """
Telephone encounter - PD RN
Phoned pt re: missed derm appt (12/20) and missed wound clinic x2.
Pt states that in mid-Dec she went to stay with her sister, who lives in another city, and
will do PD there; transfer of care requested. She says the belly wound is "about the same".
Informed the new PD unit that the L lower abdominal wound was possible calciphylaxis,
never biopsied, and that a biopsy was still recommended. Records sent.
Pump settings and insulin per endocrinology. Supplies delivery redirected to the new address.
"""),
]}

A18 = {"patient_id": "A18", "age": 75, "sex": "M", "notes": [
("2020-10-13", "Fall Event Report", """
INPATIENT FALL REPORT - event 10/12/2020 1630
Unit 9N ortho/medicine overflow
Pt: 75M, on HD TuThSa, mechanical AVR (warfarin), BMI 30.2.
Description: pt using walker in room, toe caught on IV pole base; fell forward striking
his L shin against the bed frame. Assisted up by 2 staff.
Injury: L anterior shin, tense hematoma 6x4cm, overlying skin intact but thin; INR 3.1.
Head: no strike. Neuro WNL.
Actions: ice 20 min, elevation, MD (Dr. Lindqvist) notified, no reversal indicated,
CBC in AM (Hgb 9.6 -> 9.3). Room decluttered, PT eval, fall bundle.
"""),
("2020-11-03", "Dermatology Consult", """
Dermatology
75M HD, warfarin (mechanical AVR).
L anterior shin: the post-fall hematoma has broken down into a necrotic ulcer, 5x4cm, black
eschar, dusky rim, painful.
Ddx: necrotic (expanding) hematoma on anticoagulation vs ?calciphylaxis in an HD patient.
PTH 290, Ca 9.0 and phos 5.1.
Plan: punch biopsy at margin (done today), evacuation of hematoma by surgery if confirmed.
Wound care meanwhile: petrolatum gauze, light gauze wrap, no compression; leg elevation.
INR today 2.8; cardiology aware.
Pt reports the shin has throbbed since the fall and the skin over it darkened about a week ago.
"""),
("2020-11-17", "Dermatology Follow-up", """
Derm f/u
Path (L shin, 11/3): organizing hematoma with dermal necrosis and fat necrosis; no vessel
calcium seen on routine stains or on von Kossa, small vessels free of thrombus.
Assessment: necrotic hematoma of the L shin after fall on warfarin. Calciphylaxis
excluded.
Plan: surgical evacuation/debridement 11/20 with plastics, warfarin bridging per cardiology
(mechanical valve), compression avoided. BMI 30.2.
Pt relieved; questions answered. Return after surgery for wound check.
Falls prevention reviewed again; home PT to look at the bedroom layout before discharge.
No further derm follow-up needed for the leg beyond the post-op visit.
"""),
]}

A19 = {"patient_id": "A19", "age": 45, "sex": "F", "notes": [
("2017-06-20", "Peritoneal Dialysis Clinic Note", """
PD clinic - new to unit
45F - IgA nephropathy, now ESRD, on APD since 3/2017. Nondiabetic. Takes no anticoagulant.
Family hx: brother (HD-dependent) - his death in 2014 was from calciphylaxis.
Pt anxious about her own risk, asks what to look for.
Exam: skin of trunk, thighs, legs intact; no purpura, no nodules. Exit site: clean, healed.
Labs: Ca/Phos/PTH 9.3/5.0/310.
Wt 66.1 kg, BMI 25.0.
Plan: continue APD, phos diet teaching, report any painful skin spots.
Explained that what happened to her brother is not destined to happen to her, and that keeping
phosphorus and PTH in range is the main thing she can do. Next visit 4 wks.
"""),
("2017-09-05", "Patient Safety Event Report", """
PATIENT SAFETY EVENT REPORT - near miss / fall without injury
Location: home dialysis training room, 09/01/2017
45F APD pt during cycler retraining stood up and her foot caught on the drain line; she
lowered herself to the floor holding the table. RN at side.
Injury: none. Skin check: no bruise, abrasion or redness on knees, hands or hips.
Contributing: drain line on floor across walkway.
Action: drain line routed along wall, cycler cart moved. Pt reassured. Similar layout in
training rooms 2 and 3 checked and corrected the same day; manager informed; no harm.
"""),
]}

A20 = {"patient_id": "A20", "age": 62, "sex": "M", "notes": [
("2022-01-18", "Dialysis Unit Skin Safety Education Note", """
Dialysis RN - skin safety education / skin check
62M on in-center HD TTS, R arm AVF; diabetic, type 2, basal insulin, BMI 27.9.
Pt mentioned he has been thinking about buying an electric heating pad for his knees during
the winter. Counselled: people on dialysis carry a higher calciphylaxis risk and their burns
heal poorly - nothing hot (pad, rubber bottle) against bare skin; rotate the
insulin sites; use caution with ice.
Skin check today: intact throughout, no bruising. Feet: no ulcers, monofilament intact.
Pt verbalized understanding; handout given.
"""),
("2022-05-10", "Hemodialysis Monthly Progress Note", """
HD monthly progress - Dr. Oyelaran
62M ESRD (DM nephropathy) on HD TTS, 4 h, Qb 400. EDW 84.5 kg.
Insulin glargine 20u nightly. No warfarin.
Skin: no wounds, no nodules, no purpura. No sign of calciphylaxis.
Labs: PTH 280, corrected Ca 9.1 with Phos 4.8, Hgb 11.0, albumin 3.9, spKt/V 1.52.
BMI 27.6.
Access: AVF with good thrill, no prolonged bleeding. IDWG 2.1 kg average.
Plan: continue current prescription; reinforce skin safety teaching at next care plan.
Pt did not buy the heating pad; wears knee sleeves instead. Diabetes: fasting sugars
120s-150s on home log, A1c 7.2. Vaccines up to date.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
