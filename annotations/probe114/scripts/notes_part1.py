"""probe114 corpus notes, J01-J07 (outpatient infusion centre and OPAT; all invented)."""

J01 = {"patient_id": "J01", "age": 59, "sex": "F", "notes": [
("2019-09-12", "Infusion Centre Nursing Note", """
INFUSION SUITE B - RN NOTE
Pt: 59F, ESRF on CAPD (home, 4 exch/day), IDA not tolerating oral Fe. Referred by renal for IM iron dextran course x5 weekly.
Test dose 25 mg given 09:40, obs q15 min x4 - no rxn. Full dose then given IM by Z-track technique, R dorsogluteal (UOQ). Pt prefers R side every time, she lies on her L to sleep and says the L hip is "the sore one".
Wt 91.2kg Ht 1.65m  BMI 33.6
No DM. No anticoag. Allergies NKDA.
Next appt 19/09. Pt given leaflet re: skin staining.  -- T. Mbeki RN
"""),
("2019-11-20", "Infusion Centre Nursing Note", """
RN phone triage + walk-in review.
Pt rang this am c/o "a black painful patch on my bum cheek, the right one, where you lot did the iron jabs". States 3 weeks ago it came up as a tender hard bit, now dusky w/ black middle, unable to sit on it, sleeps L side.
Looked: R UOQ buttock, approx 6x4cm firm violaceous plaque, stellate purple edge, central dry black eschar ~1.5cm. Overlies the Z-track site used for all 5 doses (12/09 through 10/10). No fever, no discharge.
D/w Dr Ferreira (renal) - urgent derm review requested, PD team aware. Told pt not to put heat on it.
"""),
("2019-11-27", "Dermatology Consultation", """
DERMATOLOGY - NEW PATIENT
Reason: necrotic plaque R buttock, PD pt.
HPI: onset end of October, on the same spot as her IM iron dextran series which began 12 Sept 2019. Very painful (8/10). PD x 2 yrs, phosphate poorly controlled, on calcium carbonate binder.
Exam: right upper outer buttock - indurated retiform plaque 6.5x4cm, eschar adherent; livedo extending to the R flank margin. L buttock clear. Wt 92.8 kg, BMI 34.1.
Incisional bx from edge done today.
Addendum 02/12/2019: path - calcification of small subcut arterioles, intimal hyperplasia, thrombi, fat necrosis. Dx: calciphylaxis (calcific uraemic arteriolopathy), Koebnerised at prior IM injection site. Plan STS, stop calcium binder, no further IM injections.
"""),
("2020-01-08", "Clinical Pharmacist Note", """
Pharmacy - renal/infusion
Reviewed meds for CUA mx. Ca carbonate stopped -> sevelamer 800mg TDS. STS 25g IV thrice weekly in infusion suite (PD pt, so given here not on HD). Future iron: IV iron sucrose only, NO IM route - alert added to EPR.
Not on warfarin or any VKA (checked, good). No insulin / no hypoglycaemics.
Counselled re nausea w/ STS, QT - ECG baseline ok.
"""),
]}

J02 = {"patient_id": "J02", "age": 66, "sex": "M", "notes": [
("2021-12-01", "OPAT Nurse Visit", """
OPAT RN visit @ HD unit chair-side (pt gets dapto post-HD TThS for L 2nd toe osteo).
S: wife here today, worried - "his legs have got these awful purple net marks on the backs, both of them, and he's crying with it". She thinks it started the day after Thanksgiving. He's had the heating pad wrapped round both calves nightly since the summer because of his cramps after dialysis, "he won't sleep without it".
O: bilat posterior calves - retiform purple mottling, two small dusky dark centres on R, one on L; exquisitely tender. PICC L arm site clean. T 37.0
A: new painful retiform lesions, both calves. ?CUA
P: pics to ID + renal, asked for urgent derm. Told wife to stop the heating pad for now.
"""),
("2021-12-06", "Dermatology Consultation", """
Derm consult - outpt
66M ESKD on in-centre HD x 6y via R AVF, HTN, T2DM (glargine + lispro). On OPAT daptomycin.
HPI: painful lacy lesions both lower legs, back aspect, since late Nov (the Friday after Thanksgiving per pt). Heating pad (set on high) around both calves nightly since summer 2021.
Exam: posterior calves bilaterally: retiform purpura with 3 necrotic centres (largest 2 cm, R), no ulceration yet, no pitting. Pulses palpable. Wt 88 kg, BMI 29.8.
DDx: calciphylaxis vs erythema ab igne w/ superadded vasculopathy vs septic emboli (less likely).
Punch bx x2 (R calf, L calf) sent.
"""),
("2021-12-14", "ID Clinic Follow-up", """
ID/OPAT clinic f/u
Toe osteo improving, CRP down, dapto ends 12/20.
Derm path back: both calf biopsies show calcified, thrombosed dermal/subcut small vessels w/ von Kossa +ve deposits -> calcific uremic arteriolopathy. Derm comment: heat from nightly heating pad over both calves probably determined where it showed up.
Renal to start IV STS during HD. Heating pad stopped for good. No warfarin, no DOAC. Insulin as before.
"""),
]}

J03 = {"patient_id": "J03", "age": 72, "sex": "F", "notes": [
("2023-03-02", "OPAT Intake Assessment", """
OPAT INTAKE
Indication: MSSA L knee prosthetic joint infection s/p washout. Plan continuous flucloxacillin 12g/24h via elastomeric pump x 6 wk, started today 2/3/23 via RUE PICC (placed 01/03).
Pump carried in the black waist-bag, strap done up snug around her middle with the pouch sitting on her L side ("I like it tight so it doesn't bounce").
PMH: ESRD on HD MWF (Lakeside unit, L brachiocephalic fistula), AF on warfarin (INR target 2-3), morbid obesity, OSA. Not diabetic.
Wt 112kg - BMI 41.0
Educated re pump, PICC, when to call.
"""),
("2023-05-03", "OPAT Nurse Home Visit", """
Home visit - OPAT RN (wk 9, extended course)
Pt says the skin under the pump belt on her left side "went like a dark bruise some time in April now black scabbed over and it's agony". Daughter says the strap's been pulled to the same notch every day since the pump started.
Exam: L flank, tracking exactly under the belt line: 7 x 3 cm stellate purpura with central black eschar, firm, v. tender to touch. R flank normal. No cellulitis spreading.
INR today 3.1.
Plan: loosened strap, moved pouch to a shoulder sling on R. Photo sent to ID + renal + TVN.
"""),
("2023-05-10", "Nephrology Clinic Letter", """
Nephrology clinic - Dr A. Lindqvist
Seen with daughter re: left flank lesion. Skin bx (taken 05/05) now reported: calciphylaxis, with calcified arterioles and fat necrosis. Lesion began April 2023 under her OPAT pump strap, which had pressed on that flank since early March; in my view the pressure explains the site.
Plan: warfarin discontinued today (switching to apixaban, d/w cardiology). STS 25g post-HD. Cinacalcet up. Wt 110.5 kg (BMI 40.6).
"""),
]}

J04 = {"patient_id": "J04", "age": 63, "sex": "M", "notes": [
("2020-06-08", "Interventional Radiology Procedure Note", """
IR PROCEDURE NOTE
Procedure: R IJ implanted port (single lumen, power-injectable), placed for long-term infusion access (monthly IVIG for CIDP + iron sucrose; pt's veins exhausted).
Local lido, 3 cm transverse incision R infraclavicular chest, pocket formed, port secured, 3-0 vicryl deep + 4-0 monocryl subcuticular, dermabond. EBL <5 mL. No immediate complications.
Background: HD-dependent ESRD (L arm graft), T2DM (linagliptin, diet), prior warfarin for a provoked DVT 2017 - stopped 2018. BMI 30.3.
"""),
("2020-08-04", "Infusion Centre Nursing Note", """
IVIG infusion day - chair 7
Port accessed w/ 20g huber - good blood return. BUT: along the port incision scar there is a black crusted streak ~3cm with a purple hard rim, pt says very sore, "started sometime in 07/2020, thought it was just a scab". Not draining, no redness spreading, afebrile.
Infusion given uneventfully. Escalated to charge RN -> Dr Osei paged, derm referral (urgent) sent. Pt not on blood thinners now.
"""),
("2020-08-12", "Dermatology Consultation", """
Dermatology
Hx: 63M HD pt, T2DM not on insulin, hx warfarin 2017-18. Port placed 8 June 2020 via R upper chest incision. From July, painful necrosis arising in the healed incision.
O/E: right infraclavicular chest, following the port scar: necrotic eschar (approx 35mm long, 15mm wide) with violaceous indurated border and faint livedo around. No fluctuance. Wt 97 kg, BMI 30.0.
Punch bx: vascular calcification with thrombosis -> calciphylaxis. Koebner at the surgical scar.
Plan STS via port, wound care, discuss w/ IR re port.
"""),
]}

J05 = {"patient_id": "J05", "age": 54, "sex": "F", "notes": [
("2024-09-16", "Infusion Centre Nursing Note", """
iron sucrose 200mg IV #3/5, PIV L hand, tol well
Pt showed me L outer thigh - big bruise going yellow at the edges but the middle is hard and black, v painful. She says "I caught it on the car door Labor Day getting the shopping out" and then about 9/10 it turned hard and dark. Pt on warfarin (mech MV) - INR last wk 2.8.
Does PD overnight (cycler). Not diabetic.
Told to call PD nurse today, sent msg to Dr Haddad.
"""),
("2024-09-24", "Peritoneal Dialysis Clinic Note", """
PD CLINIC
S/ Painful L thigh since 10 Sept 2024. Knock against car door 2 Sept (Labor Day). CCPD 9h/night, Kt/V ok. Ca x P high last 3 mo.
O/ L lateral thigh: 5cm indurated purple plaque w/ 2cm central eschar + surrounding reticulate livedo. R thigh nil. Exit site clean. Wt 71kg BMI 27.3.
A/ r/o calciphylaxis; ddx warfarin-related necrosis, necrotic haematoma
P/ derm for bx, hold Ca binder, cardiology re warfarin options (valve - cannot simply stop).
"""),
("2024-10-02", "Telephone Encounter", """
Called pt w/ bx result (Dr Haddad): deep punch from the L lateral thigh shows calcification of arteriolar walls and fat necrosis = calciphylaxis, not haematoma. Explained the knock on the car door probably set it off in that spot.
Starts STS next wk. Remains on warfarin for now per cardiology (valve), to review. Wt she gives today 70 kg (BMI 26.9 per chart). Pt tearful but understands.
"""),
]}

J06 = {"patient_id": "J06", "age": 70, "sex": "M", "notes": [
("2022-02-14", "Anticoagulation Pharmacist Note", """
ANTICOAG CLINIC - pharmacist
New L femoral DVT (US 2/12). ESKD on HD (MWF, Riverbend). Plan: enoxaparin 1mg/kg SC once daily (renal dosing) bridge + warfarin 5mg, INR goal 2-3.
Enoxaparin to be given daily in the infusion centre by RN, first dose today 2/14/22; rotate sites L and R lower abdomen, 2" from umbilicus.
Other meds: insulin degludec 18u + aspart SS (T2DM), sevelamer, cinacalcet.
Wt 104kg, BMI 35.2.
"""),
("2022-03-21", "Infusion Centre Nursing Note", """
SC INJECTION LOG - enoxaparin 100 mg
2/14-3/10 daily, alternating LLQ / RLQ per protocol, documented each day. Inr now therapeutic x2 -> enox stopped 3/10.
Today pt back c/o "my belly's gone purple and black on both sides, hurts like a burn, started 10 days ago". 
Assess: bilat lower abd - L 4x3cm and R 5x4cm dusky retiform plaques, each black centrally, both right over the injection zones. Very tender. Afebrile.
Plan: MD review today, derm called.
"""),
("2022-03-28", "Dermatology Consultation", """
DERM CONSULT
Bilateral lower abdominal necrotic plaques in an HD pt with DM on insulin and new warfarin. Arose at the sites of daily enoxaparin injections (started mid-Feb).
Bx (L side): small vessel calcification + thrombosis; von Kossa +. Impression: calciphylaxis at enoxaparin injection sites, both sides. Warfarin necrosis considered - histology favours CUA.
Wt 102.9kg BMI 34.8. Recommend change warfarin -> apixaban, STS w/ HD.
"""),
]}

J07 = {"patient_id": "J07", "age": 47, "sex": "F", "notes": [
("2023-03-06", "Infusion Centre Injection Log", """
Cyanocobalamin 1000 mcg IM - monthly
Dose hx: since last October, every 4 wks, all given in the upper arm (pt asks for the same arm each time, "my good arm", fistula on the other).
Today: pt c/o sore knotty lump on arm where her shots go, there since early Feb, dark in the middle now. Not given today - injection held.
Obs: purple-black area ~3cm on upper arm, at jab site, firm, tender, no heat. Pt on HD TTS. BMI 22.4.
Referred to derm. -- K. Olufemi LPN
"""),
("2023-03-14", "Dermatology Consultation", """
Dermatology - urgent slot
47F ESRD from lupus nephritis, HD x 4 yrs. No diabetes, no anticoagulant. B12 deficiency on monthly IM.
Lesion: upper arm at the B12 injection site - stellate violaceous plaque 3.5cm w/ central eschar, surrounding livedo. Began in February.
Imp: concern for calciphylaxis; ddx necrosis from the injection itself. Bx taken.
"""),
("2023-03-29", "Nephrology Progress Note", """
Renal f/u. Bx from the arm lesion: calciphylaxis, confirmed (calcified dermal arterioles, thrombus). Site matches her monthly IM B12 shots begun Oct 2022. 
B12 switched to oral 1mg daily. STS 25 g every HD session. PTH 980 -> cinacalcet up, parathyroid surgery referral.
"""),
]}

PATIENTS = [J01, J02, J03, J04, J05, J06, J07]
