"""probe77 corpus notes, E15-E20 (community paramedicine / mobile integrated health; all invented)."""

E15 = {"patient_id": "E15", "age": 71, "sex": "M", "notes": [
("2018-06-12", "Community Paramedic Home Visit", """
CP visit - diabetic frequent flyer program
71M HD MWF. IDDM - 70/30 insulin bid, injects L thigh "cause I'm right handed". BMI 32.7.
Tender knot on L front thigh x 2 wks, bluish, firm, no opening. BGL 244. BP 158/90.
Pt wont go to ED. Photo to PCP.
"""),
("2018-06-20", "PCP Telehealth Note", """
Video w/ CP present
L anterior thigh 3 cm dusky indurated nodule at his insulin area. Possible early calciphylaxis vs lipohypertrophy/fat necrosis from injections. Referred for bx - pt declined, "I get stuck enough already".
Moved injections to abdomen.
"""),
("2018-07-18", "Community Paramedic Follow-up", """
CP f/u
L thigh nodule smaller, no eschar, less tender. Still ?calciphylaxis per PCP - never biopsied, pt continues to decline. No warfarin. BMI 32.7.
"""),
]}

E16 = {"patient_id": "E16", "age": 84, "sex": "F", "notes": [
("2022-11-01", "Mobile Integrated Health Visit", """
MIH visit
84F, eGFR 22 (CKD4) - not a dialysis candidate per her wishes. Warfarin for AF. Nondiabetic. BMI 25.1.
New black area on R outer thigh w/ purple edges x 5 days, painful. No falls, no injections there.
INR 4.2 on POC - called anticoag clinic, dose held x1.
"""),
("2022-11-08", "Dermatology Telehealth", """
Teledermatology
R lateral thigh necrotic plaque. DDx includes calciphylaxis (non-uremic), warfarin-induced skin necrosis, vasculitis. Bx recommended.
"""),
("2022-11-22", "Hospice Admission Note", """
Hospice admission (home)
Pt/family elected comfort focus; bx will not be done. R thigh wound etiology unclear - calciphylaxis not excluded.
Warfarin stopped today.
"""),
]}

E17 = {"patient_id": "E17", "age": 60, "sex": "M", "notes": [
("2025-05-14", "Community Paramedic Home Visit", """
CP VISIT
60M, ESRD, was on PD until March (peritonitis x2), now in-center HD MWF. DM2 diet controlled, no insulin. Never on warfarin. BMI 29.8.
L great toe - black dry tip, pain at night, present since 4/28. Cool foot, faint DP pulse.
Photo to vascular.
"""),
("2025-05-22", "Vascular Surgery Note", """
Vascular
L hallux dry gangrene-like eschar. ABI non compressible. Differential: PAD w/ digital ischemia vs calciphylaxis, clinically indistinguishable. Angio ordered.
"""),
("2025-06-19", "Community Paramedic Follow-up", """
CP f/u
Angio postponed twice (pt no-show). Toe unchanged. Vascular still says r/o calciphylaxis vs PAD, undetermined.
Still HD. BMI 29.8.
"""),
]}

E18 = {"patient_id": "E18", "age": 57, "sex": "F", "notes": [
("2020-06-02", "Mobile Integrated Health Visit", """
MIH
57F HD TTS, DM on insulin (lispro/glargine), BMI 30.5.
Bilat shin ulcers, 10 days, purple undermined edges, painful. ?calciphylaxis - pics to derm.
"""),
("2020-06-10", "Dermatology Consult", """
Derm
Bilateral shin ulcers w/ violaceous undermined borders. Bx: neutrophilic infiltrate, no vessel calcification, von Kossa neg. Calciphylaxis ruled out -> pyoderma gangrenosum.
Started on steroids. Never on warfarin.
"""),
("2020-06-24", "Community Paramedic Follow-up", """
CP f/u
Shin ulcers improving on prednisone, BGL higher (260s) -> PCP increased glargine. BMI 30.5.
"""),
]}

E19 = {"patient_id": "E19", "age": 45, "sex": "M", "notes": [
("2019-01-23", "Community Paramedic Home Visit", """
CP - new PD start home check
45M, ESRD from IgA nephropathy, started CCPD 2 wks ago. No DM. BMI 24.1.
Worried: his brother died of calciphylaxis on HD in 2016. Full skin survey done: nothing found, skin intact.
Cycler set up ok, bags stored off floor.
"""),
("2019-02-20", "Nephrology Clinic Note", """
Renal
PD going well. Family hx of calciphylaxis (brother). Pt has no skin findings. No warfarin.
"""),
("2019-06-11", "MIH Medication Reconciliation Visit", """
MIH med rec, q3mo
Cinacalcet, sevelamer, epo w/ clinic, losartan. Pharmacy autofill matches bottles. Fasting glucose 92 - no diabetes.
Skin looked over again at his request - clear. Cycler alarms ok, supply closet tidy, smoke detector battery replaced.
Wt 76.5 kg, BMI 24.1. Still on PD.
"""),
]}

E20 = {"patient_id": "E20", "age": 52, "sex": "F", "notes": [
("2023-10-10", "Mobile Integrated Health Visit", """
MIH visit
52F, HD MWF, DM2 on insulin glargine, warfarin for recurrent PE. BMI 31.8.
Skin exam normal. Talked through calciphylaxis as a dialysis risk; she is to ring MIH the day any tender skin lesion shows up. Avoid heating pads, rotate insulin sites.
"""),
("2023-12-05", "Community Paramedic Follow-up", """
CP f/u
No new skin concerns. Skin intact. INR 2.5. BMI 31.8.
"""),
("2024-04-16", "Community Paramedic Home Visit", """
CP visit - spring check
Pt asks "what was that calci-something you warned me about" - re-explained, handout left. Legs, belly, arms look normal, glargine sites without lumps.
BGL 154, BP 136/82. Bathroom has grab bars now; stair lift quote pending.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
