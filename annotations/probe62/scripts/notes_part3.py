"""probe62 corpus notes, K15-K20 (outpatient wound-care clinic; all invented)."""

K15 = {"patient_id": "K15", "age": 55, "sex": "M", "notes": [
("2019-05-20", "Wound Clinic New Patient", """
55 yo male. ESRD (dialysis Mon/Wed/Fri). T2DM requiring insulin, glargine & aspart. BMI 30.4. No warfarin.
Injects into the back of the L upper arm "because it's easy to pinch" for ~2 yrs.
Firm tender nodule in the L posterior upper arm x 1 mo, slightly dusky over the top, no ulceration.
L posterior arm: 2.0x1.7 cm subcutaneous nodule, mild violaceous hue, no eschar, no drainage. Several smaller rubbery lumps nearby (lipohypertrophy).
Photos x2.
A: nodule at insulin injection site. Ddx: lipohypertrophy (+/- fat necrosis), panniculitis, early calciphylaxis. Possible calciphylaxis.
P: rotate insulin away from L arm. Punch bx.
"""),
("2019-06-03", "Wound Clinic Follow-up", """
Bx (5/22) L upper arm: fibrosis, some fat necrosis; vessels w/o calcification on this sample, which may be too superficial - nondiagnostic for calciphylaxis.
Nodule slightly smaller 1.8x1.5, still tender, skin intact.
Discussed deeper excisional bx - pt declines for now, "not another cut".
Plan: watch; if it ulcerates or enlarges -> excisional bx. Photos repeated.
"""),
("2019-08-26", "Wound Clinic Follow-up", """
L arm nodule about the same (1.7x1.5 cm), no breakdown. Calciphylaxis still not excluded but not proven.
Pt relocating out of state (sister's house) next month; copy of records mailed. Discharged from wound clinic.
BMI 30.9.
"""),
]}

K16 = {"patient_id": "K16", "age": 76, "sex": "M", "notes": [
("2022-06-06", "Wound Clinic New Patient", """
Wound eval: R heel
76M ESRD on PD (CAPD), T2DM on insulin (degludec), severe PAD, R SFA stented 2020. No warfarin. BMI 25.0.
Black heel eschar R posterior heel for 5 wks, started as a purple blister after new shoes (the counter of the shoe has rubbed his heel since mid-April).
R posterior heel: 3.1x2.8 cm dry stable eschar, mottled purple periwound, cool foot, DP absent, PT monophasic. ABI non-compressible; TBI 0.32.
L foot intact.
Photos.
A: heel necrosis - arterial/pressure ulcer vs calciphylaxis, cannot exclude CUA given PD and calcified vessels.
P: keep eschar dry (betadine), heel offloading boot, vascular surgery referral. Biopsy not advised on an ischemic heel.
"""),
("2022-07-11", "Wound Clinic Follow-up", """
R heel eschar 3.3x2.9 cm, stable, no drainage, no fluctuance.
Vascular: not a candidate for further revasc. Renal aware of the r/o calciphylaxis question - no bx given poor perfusion; empiric STS discussed but not started.
Plan: continue offloading + betadine. Photos.
"""),
("2022-09-12", "Wound Clinic Follow-up", """
R heel: 3.0x2.6 cm dry eschar, unchanged. Ongoing ddx arterial vs calciphylaxis, never clarified.
Pt and family elected hospice; wound clinic d/c, home hospice RN to continue dry dressings.
"""),
]}

K17 = {"patient_id": "K17", "age": 62, "sex": "F", "notes": [
("2025-03-03", "Wound Clinic New Patient", """
62F, CKD4 - eGFR 19, no dialysis yet, AVF planned, AF + prior stroke on warfarin x 3 yrs, obesity (BMI 36.5). No diabetes.
Painful purple lacy patches across the lower abdomen x 10 days, one small area of superficial skin breakdown.
Abdomen: livedo racemosa infraumbilical ~12 x 6 cm, within it a 0.8x0.6x0.1 cm superficial erosion with dusky base. Tender, indurated in places.
Photos x3.
A: concern for early calciphylaxis (CKD 4 + warfarin); ddx warfarin-induced skin necrosis, livedo of another cause.
P: discuss w/ cardiology re anticoagulant change; derm for bx. Petrolatum + nonadherent to erosion.
"""),
("2025-03-17", "Wound Clinic Follow-up", """
Warfarin stopped 3/6, now on apixaban.
Pt declined the derm biopsy ("I'm scared of it not healing").
Livedo fading, erosion 0.5x0.4x0.1, epithelializing.
Impression unchanged: possible early calciphylaxis, not confirmed.
"""),
("2025-04-28", "Wound Clinic Follow-up", """
Abdomen: erosion healed, only faint reticular discoloration left. No new lesions. BMI 36.0.
Suspected calciphylaxis never proven (no bx); discharge from wound care, PCP to monitor.
"""),
]}

K18 = {"patient_id": "K18", "age": 70, "sex": "F", "notes": [
("2018-08-13", "Wound Clinic New Patient", """
70F, HD TTS for ESRD, T2DM using 70/30 insulin, venous insufficiency, BMI 29.0. No warfarin.
Bilateral lower leg ulcers x 2 months, painful.
 #1 L medial gaiter  4.4x3.0x0.3  fibrinous, ragged edge
 #2 R medial gaiter  2.9x2.1x0.2  fibrinous
Hemosiderin staining both legs, edema 2+.
Photos.
A: venous ulcers vs calciphylaxis (?CUA) given HD - bx to clarify.
P: bx #1 edge; multilayer compression held until bx result.
"""),
("2018-08-27", "Wound Clinic Follow-up", """
Bx #1: dermal fibrosis, hemosiderin, stasis changes; vessels look clean - no calcium, VK stain negative. Calciphylaxis ruled out - venous stasis ulcers.
 #1 4.2x2.9x0.3
 #2 2.7x2.0x0.2
Plan: 2-layer compression, change 2x/wk; elevate legs.
"""),
("2018-10-22", "Wound Clinic Follow-up", """
Venous ulcers improving in compression: #1 2.8x1.9x0.1, #2 1.1x0.9x0.1. Photos.
"""),
]}

K19 = {"patient_id": "K19", "age": 45, "sex": "M", "notes": [
("2024-09-30", "Wound Clinic New Patient", """
45M, T1DM on insulin pump, diabetic neuropathy, CKD stage 2 (eGFR 78). Not on dialysis. BMI 27.5. No anticoagulants.
FHx: older sister, a dialysis pt, passed away from calciphylaxis; pt anxious this is the same.
Plantar R great toe ulcer after a blister from new hiking boots 3 wks ago.
R hallux plantar: 1.2x1.0x0.3 cm, callused rim, pink base, probe-to-bone neg. No purpura, no eschar.
Photos.
A: neuropathic diabetic foot ulcer (Wagner 1). No features of calciphylaxis; reassured.
P: debride callus, offloading shoe, foam dressing.
"""),
("2024-10-28", "Wound Clinic Follow-up", """
R hallux DFU 0.6x0.5x0.1, callus pared. Continue offloading; f/u 4 wk.
"""),
("2024-12-02", "Wound Clinic Follow-up", """
R great toe ulcer healed. Counselled re daily foot checks and footwear. Discharged.
"""),
]}

K20 = {"patient_id": "K20", "age": 58, "sex": "M", "notes": [
("2025-07-07", "Wound Clinic New Patient", """
58M, new to HD (started 5/2025 via R IJ catheter), HTN, AF on warfarin, not diabetic, BMI 33.0 (obese).
Referred for a dehisced abdominal wound after open hernia repair 6/10/25.
Midline abdomen: 5.0x1.5x1.2 cm dehiscence, red granulation 90%, slough 10%, no eschar, no purpura.
Photos.
Counselled: warfarin + HD raise his calciphylaxis risk; should painful purple patches appear anywhere, we would biopsy to rule it out. Avoid heating pads.
P: wound VAC at -125, continuous; canister/foam swaps Mon-Wed-Fri by HH nursing.
"""),
("2025-08-04", "Wound Clinic Follow-up", """
Midline abdominal wound 2.8x0.9x0.4 cm on NPWT. Healthy granulation. No concerning skin changes elsewhere.
Plan: stop VAC next wk, switch to alginate.
"""),
]}

PATIENTS = [K15, K16, K17, K18, K19, K20]
