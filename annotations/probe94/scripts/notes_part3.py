"""probe94 corpus notes, N15-N20 (rural NP clinic and telemedicine shorthand; all invented)."""

N15 = {"patient_id": "N15", "age": 64, "sex": "F", "notes": [
("2024-09-16", "Rural Health Clinic NP Visit", """
64F ESRD HD TTS, DM2 on humulin 70/30 injects RLQ abd "always same spot". BMI 31.5.
Tender firm knot RLQ at her injection spot x 3 wks, darker lately.
O: RLQ 2.5cm subQ nodule w/ skin over it faintly violaceous, not ulcerated, no eschar. Lipohypertrophy around it.
A: nodule at insulin site - ddx lipohypertrophy, panniculitis; can't r/o early calciphylaxis.
P: offered punch bx - pt declines today, wants to think. Rotate sites. RTC 2 wk.
F. Osei NP
"""),
("2024-10-01", "Telehealth Phone Visit", """
Phone f/u. Pt says knot "no different". Bx still declined. Relocating end of month - to sister's, out of state, will est care there.
A: RLQ nodule, possible calciphylaxis, not confirmed. Records to be sent.
FO
"""),
]}

N16 = {"patient_id": "N16", "age": 76, "sex": "M", "notes": [
("2021-11-02", "Rural Health Clinic NP Visit", """
76M CKD stage 4 (GFR 18), no HD/PD - declines RRT. PAD, afib - coumadin. Non-diabetic. BMI 26.8.
Banged L shin on trailer hitch ~10/20 hooking up the stock trailer. Now sore w/ black scab.
O: L ant shin 3x2cm ulcer, dry blk eschar, surrounding purplish mottling. DP faint L. ABI 0.6 L.
A: post-traumatic L shin ulcer: arterial vs ?CUA (CKD + warfarin).
P: vascular telehealth, wound care.
P. Lindgren FNP
"""),
("2021-11-16", "Telehealth Vascular Surgery Consult", """
Vascular telehealth. L shin ulcer, post-traumatic, PAD w/ ABI 0.6. Ddx: ischemic ulcer vs calciphylaxis. Bx would help but pt declines ("not cutting on my leg"). Arterial duplex ordered.
"""),
("2021-12-14", "Rural Health Clinic NP Visit", """
Ulcer L shin 3x2cm unchaged. Duplex: SFA stenosis. Pt still declines bx and angiography. ?calciphylaxis remains on ddx. Continue local care. Warfarin continued.
PL
"""),
]}

N17 = {"patient_id": "N17", "age": 52, "sex": "F", "notes": [
("2019-05-21", "Telemedicine Video Visit", """
Tele video - pt at local library (no internet at home).
52F, ESRD on PD since 2017, HTN, lupus. No DM. BMI 28.
Painful hard area R thigh x 2 wks, no injury.
A: R thigh painful indurated plaque - possible calciphylaxis vs lupus panniculitis.
P: clinic for bx.
V. Amundsen NP
"""),
("2019-06-04", "Rural Health Clinic NP Visit", """
Bx result: mixed septal-lobular panniculitis; vessels w/o calcification; not diagnostic of calciphylaxis; lupus panniculitis not excluded.
R thigh plaque 5x4cm, no eschar.
Pt transferring care to university nephrology 3 hr away; deeper bx recommended there. Calciphylaxis still possible.
VA
"""),
("2019-07-09", "Telehealth Phone Visit", """
Phone call, pt requested refill of tramadol until her univ appt (sched Aug - earliest they had).
Thigh "still hard + sore, no open spot". PD ok, no peritonitis sx.
Repeat bx not done yet. Dx still unsettled - ?calciphylaxis vs lupus panni. 5-day bridge Rx sent. Records faxed to univ.
VA
"""),
]}

N18 = {"patient_id": "N18", "age": 60, "sex": "M", "notes": [
("2020-10-05", "Rural Health Clinic NP Visit", """
60M, CKD 3a, DVT 9/2020 - warfarin started 9/24. No DM. BMI 31.8, obese.
New painful dark patches L thigh x 3 d.
O: L lateral thigh 8x6cm purpuric plaque, hemorrhagic blisters on top, dusky necrotic center.
A: ?calciphylaxis vs warfarin necrosis.
P: stat derm telehealth, labs incl protein C.
W. Strand NP
"""),
("2020-10-07", "Teledermatology Video Consult", """
Hx + timing (day ~10 of warfarin, no heparin bridge) c/w coumadin-induced skin necrosis. Prot C functional level came back low. Bx done today.
Rec stop warfarin, vit K, start heparin -> DOAC.
"""),
("2020-10-20", "Teledermatology Follow-up", """
Bx: dermal vessel thrombi, no calcification, von Kossa neg. Final dx: coumadin skin necrosis. NOT calciphylaxis (ruled out).
L thigh necrosis improving on apixaban.
"""),
]}

N19 = {"patient_id": "N19", "age": 45, "sex": "F", "notes": [
("2025-06-10", "Telehealth Video Visit", """
VV. 45F T1DM on insulin pump (omnipod, sites rotated abd/arms), BMI 25.1. Cr 0.7, eGFR >90.
Worried b/c her brother (on HD) just dx'd w/ calciphylaxis on his legs - asks if she could get it.
Skin: no sores per pt, showed legs on cam - normal.
Education: calciphylaxis mostly in kidney failure; her kidneys nl.
K. Haugen FNP
"""),
("2025-07-22", "Rural Health Clinic NP Visit", """
Blister R heel from new hiking boots 7/19. O: 1.5 cm intact blister R heel, no erythema. Dsg, moleskin. Not calciphylaxis - healthy kidneys. Brother's calciphylaxis noted in FHx.
KH
"""),
]}

N20 = {"patient_id": "N20", "age": 57, "sex": "M", "notes": [
("2022-01-18", "Dialysis Unit NP Rounding Note", """
New HD start 1/4/22, ESRD 2/2 HTN nephrosclerosis. No DM. BMI 29.5. Not on warfarin.
phos 6.3 (Ca 8.9), iPTH 480.
Edu: high phos raises risk of calciphylaxis - painful black skin spots. If new skin sores develop, tell staff right away.
O.Ferreira NP
"""),
("2022-03-15", "Dialysis Unit NP Rounding Note", """
Phos 5.4 on sevelamer. Skin check: intact, no lesions. Reviewed calciphylaxis warning signs again w/ pt & wife.
"""),
("2022-06-07", "Telehealth Phone Visit", """
Phone. Pt asks about using a heating pad on shoulders - advised to avoid heat on skin given dialysis (calciphylaxis risk). No skin problems. BMI 29.2.
OF
"""),
]}

PATIENTS = [N15, N16, N17, N18, N19, N20]
