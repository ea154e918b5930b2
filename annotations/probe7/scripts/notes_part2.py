"""Probe7 corpus notes, B08-B14 (all people, places and wording invented)."""

B08 = {"patient_id": "B08", "age": 69, "sex": "F", "notes": [
("2020-02-10", "Emergency Department Note", """
EMERGENCY DEPARTMENT - PROVIDER NOTE
Chief complaint: Fall
HPI: 69 yo F on dialysis for ESRD (Mon/Wed/Fri), diabetic on insulin, with atrial fibrillation on warfarin, slipped on the wet bathroom floor at home this morning and landed on her left side. Did not hit head, no LOC. Walking hurts but she can put weight on the leg.
Exam: alert. L lateral thigh with a 10 x 8 cm ecchymosis and a tender hematoma over the greater trochanter/upper thigh, skin intact. Hip ROM full with pain. No other injuries.
INR 3.1.
Imaging: XR L hip and femur - no fracture.
Dx: mechanical fall; contusion with hematoma of the L thigh.
Plan: d/c home with walker. Ice pack to the thigh 20 minutes several times a day for the next few days; acetaminophen; hold one dose of warfarin, recheck INR at HD Wed. Return for increasing swelling.
"""),
("2020-03-05", "Dialysis Rounds Note", """
HD ROUNDS  Thursday (extra session for volume)
S: Since the fall last month she has been keeping an ice pack on the L thigh "pretty much all day" because it soothed the bruise; she kept it up even after the bruise faded. Now c/o new tender purple net-like patch on the L lateral thigh x 1 week, where the bruise was and where the ice sits. Burning pain.
O: L lateral thigh: 9x6 cm livedoid, violaceous, indurated patch with 2 small central dark areas; the original ecchymosis has resolved. R thigh normal. Wt 86 kg, BMI 32.3.
Labs: PTH 730, Ca 9.4, P 6.6, INR 2.4.
A/P:
- L thigh livedoid plaque at site of recent hematoma and prolonged icing, on warfarin + HD. Concerning for early calciphylaxis. Derm consult; stop the ice.
- DM2 on insulin glargine/lispro; injects into the abdomen.
- Cont HD MWF.
"""),
("2020-03-12", "Dermatology Consult", """
Dermatology Consult Note
Question: calciphylaxis?
Seen at bedside in HD unit 3/9; 2 punch biopsies of the L lateral thigh done that day.
Path (3/11): small arteries within subcutaneous fat show medial calcification with luminal thrombi and extensive fat necrosis. Von Kossa positive.
Assessment: Calciphylaxis, L lateral thigh, arising at the site of the Feb 10 fall hematoma and the daily ice pack use that followed it.
Recommendations: STS 25 g with HD; stop warfarin (consider apixaban); no cold packs or heat on the legs; debridement not indicated now. Pain team referral.
"""),
]}

B09 = {"patient_id": "B09", "age": 63, "sex": "M", "notes": [
("2018-10-02", "Nephrology Clinic Note", """
Nephrology Return Visit
Problem list:
1. End-stage renal disease, hemodialysis Tu/Th/Sa - L forearm AVF
2. DM2, insulin-requiring (glargine + aspart; injects into the abdomen, rotates sites)
3. Obesity - BMI 30.8
4. PAD s/p R fem-pop stent 2015
5. Secondary HPT
HPI: 2-3 wks of painful sores on both calves. Started as "purple blotches" mid-September. No injury to the legs, no heating pads or ice, and he denies scratching them. His podiatrist had suggested TED hose last spring for ankle swelling, but he never wore them.
Exam: bilateral posterior calves with multiple stellate ulcers (the biggest on the L at 3 cm) with black bases and surrounding retiform purpura. Abdomen: tiny healed needle marks; no plaques or nodules. Thighs clear.
A/P: bilateral calf ulcers with retiform purpura in ESRD - concerning for calciphylaxis vs PAD-related ulcers. ABIs, derm bx. Hold calcitriol. Add cinacalcet.
"""),
("2018-10-11", "Surgical Pathology Report", """
PATHOLOGY
Specimen: A. Skin, left posterior calf, punch. B. Skin, right posterior calf, punch.
Final diagnosis:
A and B. CALCIPHYLAXIS: subcutaneous arteriolar calcification, thrombosis, fat necrosis.
ABI (10/08): 0.92 L, 0.95 R, non-compressible at the ankle, toe pressures adequate.
"""),
("2018-11-06", "Wound Care Nurse Note", """
Wound Care RN - follow-up
Dx: calciphylaxis bilateral calves (bx 10/9/18).
L posterior calf: 3.4 x 2.8 cm, 90% black eschar, scant serous drainage, no odor.
R posterior calf: 2.1x1.5 cm, 70% eschar, 30% pale pink granulation.
Periwound: violaceous mottling bilaterally, improving on the R.
Dressing: Santyl to R only; dry gauze over L eschar. Elevate legs.
Education: pateint told to keep legs away from space heaters and hot water; do not put ice on the legs. Continue STS with HD per nephrology. Next visit 1 wk.
"""),
]}

B10 = {"patient_id": "B10", "age": 74, "sex": "F", "notes": [
("2022-06-28", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
Ref: Dr. Mbeki, nephrology
74F ESRD on HD MWF (L AVF), no diabetes, prior warfarin for DVT (2019-2021, completed), BMI 26.1.
HPI: painful dusky area on the right outer thigh since early June. Denies injury, injections, heat or cold to the area; no tight garments.
Exam: R lateral thigh: 8x5 cm area of retiform purpura, 2 cm black eschar in its center. Exquisite tenderness. L thigh and abdomen normal.
Impression: retiform purpura with necrosis - high suspicion for calciphylaxis. Punch bx x2 from the R lateral thigh performed today; ddx cholesterol emboli, cryoglobulinemia.
Plan: await path. Nephrology to check Ca, Phos, PTH.
"""),
("2022-07-05", "Dermatopathology Report", """
DERMPATH
Site: R lateral thigh (x2).
Diagnosis: Calciphylaxis. There is calcium within the walls of tiny subcutaneous vessels, which also hold thrombi; fat necrosis. Cholesterol clefts absent; cryoglobulin deposits absent.
"""),
("2022-08-19", "Emergency Department Note", """
ED note
CC: fall at home
74F with known calciphylaxis R thigh (bx-proven 7/2022) on HD, tripped over the dog this afternoon and fell onto her right side. Bruising over the R hip and lateral thigh, just above her existing wound dressing; the dressing stayed in place. Wound itself without new bleeding.
XR R hip/femur: no fracture.
Dx: fall with R hip and thigh contusion.
Plan: home with home PT, acetaminophen. Keep wound clinic appt.
"""),
("2022-09-01", "Wound Clinic Note", """
Wound clinic f/u
R lateral thigh calciphylaxis ulcer: 7.5 x 4.5 cm, eschar lifting at edges; sharp debridement of loose necrotic tissue done today with curette, tolerated with lidocaine. Base 40% granulation.
Old bruise from the 8/19 fall above the wound is fading, no new lesion there.
Plan: continue STS; collagenase; f/u 1 wk.
"""),
]}

B11 = {"patient_id": "B11", "age": 57, "sex": "F", "notes": [
("2020-12-14", "Emergency Department Note", """
EMERGENCY DEPT - MVC
57F restrained driver, T-boned at low speed on the passenger side, airbags deployed. C/o L chest pain where the belt crossed.
PMH: ESRD on PD, DM2 on insulin (pens into abdomen), obesity.
Exam: seatbelt bruise running diagonally from the L shoulder across the left breast to the midline, skin intact, no crepitus. R breast unremarkable. Abdomen soft, PD catheter intact.
CXR: no fx, no PTX.
Dx: seat belt contusion of the L chest wall and breast.
Plan: NSAIDs avoided (ESRD); acetaminophen; return precautions.
"""),
("2021-02-23", "Breast Surgery Consult (dictated)", """
BREAST SURGERY CONSULTATION

REFERRING PHYSICIAN: Dr. Tamsin Yorke, nephrology.

HISTORY: Mrs. Achterberg is 57 and does peritoneal dialysis at home. She comes in with a firm, painful area in the right breast that she first noticed around Valentine's Day. Over the following days the skin developed a purple lace-like pattern and a dark center. She had a car accident in December with seat-belt bruising across the left chest, which resolved completely. She has had no injury to the right breast and no biopsy or procedure there.

PAST MEDICAL HISTORY: ESRD, PD since 2018. Insulin-treated type 2 diabetes. Obesity. Hypertension.

MEDICATIONS: Insulin degludec, insulin aspart, sevelamer, calcium acetate, calcitriol, nifedipine.

PHYSICAL EXAMINATION: BMI 43.0. Right breast, upper outer quadrant: an indurated 6 cm violaceous plaque; its center is a 2 cm necrotic eschar and its margin livedoid. Left breast: no lesion, no residual ecchymosis. No axillary adenopathy.

IMPRESSION: Right breast necrotic plaque, PD patient. Calciphylaxis is the leading consideration; inflammatory breast carcinoma and fat necrosis are less likely.

PLAN: Today, core needle and punch biopsies of the right breast.
"""),
("2021-03-02", "Surgical Pathology Report", """
FINAL PATHOLOGIC DIAGNOSIS
BREAST, RIGHT, UPPER OUTER QUADRANT, PUNCH AND CORE BIOPSIES:
- CALCIPHYLAXIS WITH ARTERIOLAR CALCIFICATION, THROMBOSIS; FAT NECROSIS, EXTENSIVE.
- NO EVIDENCE OF MALIGNANCY.
"""),
]}

B12 = {"patient_id": "B12", "age": 60, "sex": "M", "notes": [
("2025-01-13", "General Surgery Consult", """
Surgery Consult
Consult requested by: hospitalist. Reason: necrotic pannus wound.
60M, BMI 45.3, ESRD on HD via R chest tunneled catheter, DM2 on linagliptin (no insulin, never injected anything), HTN.
HPI: pannus skin began hurting over the Christmas holidays, turned purple then black. He wears his pants below the pannus, no belt. No heat, ice, injuries or injections to the abdomen. He sleeps in a recliner.
Exam: lower pannus, midline to L: 12x7 cm black eschar ringed by retiform purpura; foul odor absent; no crepitus. Groin clean.
Impression: Pannus necrosis, probable calciphylaxis. Low suspicion for nec fasc.
Plan: punch biopsy today. If calciphylaxis is confirmed and the wound becomes infected, will plan staged excisional debridement. Recommend heparin 5000 u SC q8h for DVT prophylaxis - please have nursing use the upper arms for it and keep off the abdomen.
"""),
("2025-01-17", "Pathology Report", """
Skin, pannus, punch:
Calciphylaxis (small-vessel medial calcification, intraluminal thrombi, fat necrosis). Gram stain negative.
"""),
("2025-02-03", "Wound Care Note", """
WOUND CARE NOTE  (copied from 01/27/2025 and updated)
Dx: calciphylaxis of the pannus, bx 1/13/25.
Location: lower abdomen/pannus.
Size: 12.5 x 7.0 cm (was 12 x 7).
Tissue: 95% black eschar, dry.
Drainage: none. Odor: none.
Periwound: retiform purpura, no cellulitis.
Pain: 7/10.
Interventions today: betadine to eschar; pannus lifted with sling to offload moisture; heparin now recieved in the upper arms per surgery.
Plan: STS TIW with HD, no debridement while eschar stable. F/u weekly.
"""),
]}

B13 = {"patient_id": "B13", "age": 68, "sex": "M", "notes": [
("2015-09-08", "Emergency Department Note", """
ED Note
CC: red swollen lump on R thigh
68M, dialysis patient (ESRD), diabetic on NPH insulin (into the thighs, mostly the right), presents with 4 days of increasing redness and pain of the R anterior thigh at his usual injection spot. Subjective fevers.
Exam: T 38.2. R anterior thigh: 4 cm fluctuant, warm, erythematous abscess with surrounding cellulitis. Both calves with dusky mottled skin, he says "they've been like that for a while".
Procedure: I&D of R thigh abscess, 5 mL pus, packed. Cx sent.
Dx: R thigh abscess at insulin injection site.
Plan: doxycycline, packing removal 48h, move injections to abdomen. PCP to look at the legs.
"""),
("2015-10-05", "Nephrology Consult (dictated)", """
NEPHROLOGY CONSULTATION

HISTORY: I was asked to see this 68-year-old gentleman, dialyzed Monday, Wednesday and Friday, for leg pain. He reports that the skin on both calves has been mottled and sore since the end of July, and in the last 2 weeks small black scabs have formed on both. His thigh abscess from early September has healed after drainage and antibiotics and the wound has closed.

PAST HISTORY: Diabetic nephropathy with ESRD. Diabetes mellitus type 2 on insulin. Hyperparathyroidism. BMI 28.4.

PHYSICAL EXAMINATION: Right anterior thigh: healed I&D scar, no lesion. Both calves: symmetric livedo racemosa with several black eschars of 1-2 cm, markedly tender.

ASSESSMENT: Bilateral calf necrosis with livedo in ESRD - calciphylaxis suspected. The healed thigh abscess is unrelated.

PLAN: Biopsy by dermatology. Discontinue calcium carbonate. Check PTH, phosphorus.
"""),
("2015-10-14", "Surgical Pathology Report", """
Surgical pathology
Skin, L calf, 5 mm punch: CALCIPHYLAXIS - calcified small arterioles with thrombosis in the subcutis; septal panniculitis with fat necrosis.
"""),
]}

B14 = {"patient_id": "B14", "age": 71, "sex": "F", "notes": [
("2024-05-06", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
71F, ESRD with HD three days a week (Tu/Th/Sa), type 2 diabetic using insulin, obesity (BMI 35.0). Had calciphylaxis in 2016 over the spots on her abdomen where she injected insulin; sodium thiosulfate given, fully healed by 2017 with scarring.
HPI: now with 3 weeks of painful purple mottling of both shins, with a scab on the L. Denies any injury to the legs, no compression stockings, no heating or cold packs. Still injects insulin in the abdomen, moving around the old scars.
Exam: bilateral anterior shins with retiform purpura, L shin 1.5 cm black eschar. Abdomen: old atrophic scars in both lower quadrants, no new lesions.
A/P: recurrent calciphylaxis suspected, now on the legs. Derm bx. Restart STS if confirmed.
"""),
("2024-05-15", "Dermatology Note", """
Derm clinic
Bx 5/8/24, L anterior shin: calciphylaxis.
Dx: recurrent calciphylaxis, bilateral lower legs.
Note: the 2016 abdominal episode is healed; nothing active on the abdomen today.
"""),
("2024-06-20", "Discharge Summary", """
DISCHARGE SUMMARY
Admission 6/14/2024-6/20/2024 for pain control and IV STS, calciphylaxis of both lower legs.
Hospital course: IV STS (25 g) at every dialysis run; hydromorphone PCA weaned to PO; wound care to the L shin eschar (Santyl) and the R shin purpura. Insulin glargine continued into the abdomen. No new lesions during stay.
Discharge meds: insulin glargine 20 u, insulin lispro SS, sevelamer, cinacalcet, hydromorphone PO PRN.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
