"""Probe12 corpus notes, J08-J14 (all invented; inpatient and consult style)."""

J08 = {"patient_id": "J08", "age": 67, "sex": "F", "notes": [
("2018-05-14", "Dermatology Consult", """
Dermatology consult note
Requested by: Dr. Lindqvist, medicine. Reason: painful black area on R thigh.

67F, ESRD on hemodialysis since 2011 via R IJ tunneled catheter, insulin-treated DM2, hypothyroidism, obesity. Admitted 5/12 with pain she rates 10/10. She first saw a purple, tender patch on the inner right thigh 2 weeks ago; the middle has since gone black. She draws up and injects her own insulin (NPH/regular 70/30 twice daily) and for about ten years has put every dose into the LEFT thigh; she is emphatic that she has never used the right leg or her belly. Denies any injury, heat, ice, insect bite or scratching on the right leg. No recent procedures.

Exam: R medial thigh: 9 x 6 cm plaque with a jagged black eschar centrally, surrounded by a broad violaceous retiform border and firm subcutaneous induration. L anterolateral thigh: soft lipohypertrophic nodules at the injection area, no purpura, no livedo, not tender. Abdomen, buttocks, calves clear.

Labs: PTH 1,430; phosphorus 7.9; corrected calcium 9.8; albumin 2.8.

Assessment: Most consistent with calciphylaxis. Of note, the affected thigh is the one she never injects. Differential: panniculitis (infectious or pancreatic) - less likely; small-vessel vasculitis - doubtful, purpura not palpable; necrotizing fasciitis - unlikely, afebrile and well; warfarin necrosis - never on warfarin.
Plan: 5 mm punch taken from the livedoid edge today (two passes to reach fat). Vaseline and non-stick gauze. Will call with results.
"""),
("2018-05-16", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
Specimen: R medial thigh, punch biopsy (double-depth)
Clinical: ESRD; retiform purpura with eschar; r/o calciphylaxis

Microscopic: Dermis with ischemic necrosis and hemorrhage. The subcutis shows numerous small vessels with intramural calcium deposits (von Kossa +), some circumferential, with partial thrombosis. Fat necrosis with calcified membranes. No neutrophilic vasculitis; no microorganisms on special stains.

Dx: R medial thigh, skin/subcutis: calcified, partly thrombosed small vessels and necrotic fat. Diagnosis: calciphylaxis.
"""),
("2018-05-22", "Discharge Summary", """
DISCHARGE SUMMARY (Medicine)
Admit 5/12/2018, discharge 5/22/2018

1) Calciphylaxis of the R medial thigh, biopsy confirmed 5/16. Of note, remote from where she injects insulin: all her injections go into the opposite (L) thigh. STS started - 25 g given IV at every dialysis - cinacalcet 30 mg daily, switched from calcium acetate to sevelamer. Wound care with hydrogel and foam.
2) ESRD - dialysing T/Th/Sa by R IJ tunneled catheter; AVF referral renewed.
3) DM2 on 70/30 insulin - dose reduced given poor intake; she will keep to the L thigh.
4) Obesity: BMI 34.8.
5) Severe secondary hyperparathyroidism: PTH 1,430, surgery to discuss parathyroidectomy as outpatient.
"""),
]}

J09 = {"patient_id": "J09", "age": 73, "sex": "M", "notes": [
("2017-11-03", "Nephrology Consult", """
RENAL CONSULT
73 yo man, hemodialysis Mon-Wed-Fri through a right forearm fistula, for ESRD from hypertensive nephrosclerosis. Warfarin for prior DVT was discontinued in 2015 after a GI bleed. No diabetes. Recently in the MICU 10/20-10/25 for urosepsis; during that stay an automatic BP cuff on the LEFT upper arm cycled every 15 minutes for five days and left a band of petechiae and bruising there, which has since faded. He also received SC heparin into the abdomen for DVT prophylaxis while in the ICU.

New problem: a painful, hard, purple spot on the left calf that began one week ago, now with a black center. He denies bumping or scratching the leg, and no heat or cold was applied there.

Exam: L posterior calf: 3.5 x 3 cm retiform plaque, black center, livedo around it, very tender. L upper arm: faint residual yellow discoloration, skin intact, no induration, no purpura. Abdomen: no nodules, no purpura at the prior heparin sites. R leg normal.
BMI 23.6.

Impression: possible calciphylaxis of the L calf vs. peripheral arterial ulcer vs. embolic phenomenon. Favor calciphylaxis given pain and retiform pattern.
Recs: XR lower legs; derm biopsy; vascular surgery ABIs; avoid calcium-containing binders.
"""),
("2017-11-04", "Radiology Report", """
RADIOGRAPHS, BOTH LOWER LEGS
Clinical: ESRD, painful L calf plaque.
Findings: Extensive calcification of the tibial and peroneal arteries bilaterally, and a fine lace-like pattern of calcified small vessels beneath the skin of the left posterior calf. No soft tissue gas. No bony abnormality.
Impression: Marked vascular calcification, including small subcutaneous vessels of the left calf. Pattern may be seen in calciphylaxis; correlate with biopsy.
"""),
("2017-11-09", "Surgical Pathology Report", """
SURGICAL PATHOLOGY REPORT
SPECIMEN: skin with subcutaneous tissue, left calf, incisional biopsy
MICROSCOPIC DESCRIPTION: Sections show an ulcer bed with fibrinopurulent debris overlying necrotic dermis. Within the subcutaneous fat, the arterioles have calcium in the media, thickened intima and recanalized thrombi; von Kossa positive. Interstitial calcium deposits in areas of fat necrosis. Arteriosclerosis of larger dermal vessels is also present.
DIAGNOSIS: Left calf: calciphylaxis.
COMMENT: The changes of calciphylaxis are well developed. Discussed with the renal fellow.
"""),
]}

J10 = {"patient_id": "J10", "age": 61, "sex": "F", "notes": [
("2021-03-12", "Wound Care Consult", """
Wound care RN consult
Pt: 61 y/o woman, ESRD, peritoneal dialysis, DM2, obesity. Admitted 3/11 for a worsening R calf wound and uncontrolled pain.

Wound history: She reports a tender purple area on the posterior right calf since early February, which opened up and went black over about 3 weeks. Outside dermatology biopsied it on 2/22/21 (result per her report "calcium in the blood vessels"). Two days ago, while getting out of bed, she bumped the wound against the bed rail and it bled; since then the wound edge has been larger and there is a fresh skin tear at the lower margin. She has also been taping gauze directly onto the surrounding skin, and there is stripping of the skin where the tape was.

Assessment: R posterior calf, 6.5 x 4.0 cm, 80% black eschar, 20% pale yellow slough at the lower margin where the new skin tear is; periwound violaceous and firm; moderate serosanguinous drainage since the bump. No odour, no cellulitis.
Left calf intact.

Plan: no tape on skin - use tubular retention bandage; padded bed rails; calcium alginate to the skin tear; follow derm recs. Pt instructed: no heating pads, no hot soaks to the legs.
"""),
("2021-03-14", "Dermatology Consult", """
Dermatology Consult
61F on peritoneal dialysis; right posterior calf calciphylaxis, proven on an outside punch biopsy (2/22/21; we obtained the report: mural calcium and thrombi in subcutaneous arterioles, read as diagnostic of calciphylaxis). Lesion first appeared early February. The bed-rail bump on 3/10 and the tape stripping came weeks after the ulcer formed and have only enlarged it.

On exam: necrotic ulcer R posterior calf with stellate violaceous border. No new lesions elsewhere; abdomen, thighs, L leg clear.

A/P:
- Calciphylaxis, biopsy proven, R calf: continue intraperitoneal sodium thiosulfate per nephrology; consider hyperbaric oxygen if available.
- Gentle debridement of the loose slough only; keep the dry eschar.
- Minimize further trauma to the leg (padding, no tape).
"""),
("2021-03-18", "Discharge Summary", """
Discharge summary
Admitted: 03/11/2021  Discharged: 03/18/2021

Principal diagnosis: Calciphylaxis, R posterior calf (biopsy 2/22/21), onset early February 2021.
Secondary:
 1. Superimposed skin tear at the ulcer margin from a bed-rail bump on 3/10, healing.
 2. ESRD on PD - PD prescription unchanged, IP thiosulfate continued.
 3. DM2 managed with linagliptin; not on insulin.
 4. Obesity, BMI 31.0.
 5. Anticoagulation: none (no warfarin).
Follow-up: PD clinic and wound clinic, both in one week.
"""),
]}

J11 = {"patient_id": "J11", "age": 57, "sex": "M", "notes": [
("2022-08-02", "General Surgery Consult", """
GENERAL SURGERY CONSULT
Reason: debridement of buttock wounds, pt with calciphylaxis

HPI: 57M, ESRD on HD (M/W/F via L upper arm AVG), AF previously on warfarin (stopped 7/27 on admission), HTN. Nodules on both buttocks appeared 3 weeks ago and quickly became necrotic. Dermatology punched the left buttock lesion on 7/26; pathology showed calciphylaxis. Since the sores appeared he has been holding ice packs on them at home for the pain, which gave brief relief. He has never had injections into his buttocks that he can recall, and he sleeps on his side.

Exam: Bilateral buttocks, upper outer quadrants: L 8 x 7 cm and R 6 x 5 cm areas of black eschar with a boggy, foul-smelling edge on the L and purulent drainage from under the eschar; surrounding livedo. The biopsy site is within the L eschar. Wt 81 kg, BMI 27.5. No diabetes.

A/P: Infected necrotic calciphylaxis wounds of both buttocks. Although surgical debridement of calciphylaxis is debated, the left-sided wound is now infected. Plan excisional debridement in the OR 8/4, both sides, with wound VAC to follow if the bed is viable. Consent obtained.
"""),
("2022-08-04", "Operative Report", """
OPERATIVE REPORT
Date of procedure: 08/04/2022
Preoperative diagnosis: Infected calciphylaxis wounds, bilateral buttocks.
Postoperative diagnosis: as above.
Procedure performed: Excisional debridement of skin, subcutaneous tissue and fascia, left buttock (72 sq cm) and right buttock (35 sq cm).
Anesthesia: General (LMA).
Findings: On the left, liquefied necrotic fat beneath the eschar with purulence, extending to but not through gluteal fascia; vessels in the fat were gritty to the touch when cut. On the right, dry eschar over firm necrotic fat with no pus. Bleeding tissue reached at the margins on both sides.
Description: The patient was placed prone. The buttocks were prepped and draped in the usual sterile fashion. Using a scalpel and curved Mayo scissors, we excised the eschar and necrotic tissue back to bleeding tissue. Specimens sent to pathology and to microbiology. Hemostasis with electrocautery. Negative pressure dressings applied bilaterally at 125 mmHg.
EBL: 150 mL. Complications: none. Disposition: PACU, then floor.
"""),
("2022-08-09", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
Specimens: A. Left buttock debridement. B. Right buttock debridement.
Microscopic: Both specimens consist of necrotic skin and fat. Numerous small arteries show concentric medial calcification with thrombosis. Part A additionally shows abscess formation with Gram-positive cocci in clusters in the necrotic fat.
Diagnosis:
A. Left buttock: necrotic skin and subcutaneous tissue with vascular calcification, consistent with known calciphylaxis; superimposed acute suppurative inflammation with bacteria.
B. Right buttock: necrotic skin and subcutaneous tissue with vascular calcification, consistent with known calciphylaxis.
"""),
]}

J12 = {"patient_id": "J12", "age": 52, "sex": "F", "notes": [
("2019-09-10", "Dermatology Consult", """
DERMATOLOGY CONSULT
Consult requested by medicine for: "painful purple thighs, on coumadin"

HPI: 52 yo woman with antiphospholipid syndrome on warfarin since 2016, severe obesity, and primary hyperparathyroidism awaiting surgery; normal kidney function (Cr 0.8). About a month ago she developed painful purplish patches on both medial thighs that have enlarged and become hard. She denies any injections, heating pads, ice, scratching or any knock or fall involving her thighs. No new medications. No fevers.

Exam: Bilateral medial thighs: large symmetric areas of retiform purpura with firm, woody subcutaneous induration; on the R a 3 cm area of central necrosis with early eschar. Lower abdomen and buttocks spared. No digital ischemia.

Labs: Ca 11.2, phos 3.0, PTH 188, INR 2.9, protein C activity 64%.

Assessment: Differential includes
 (1) calciphylaxis, non-uremic type - the favored diagnosis: obesity, warfarin, hypercalcemia from primary hyperparathyroidism, thigh distribution
 (2) warfarin-induced skin necrosis - doubtful; warfarin was begun 3 years ago, not in the first days of therapy
 (3) catastrophic APS / thrombotic vasculopathy - possible, check platelets and schistocytes
 (4) cryoglobulinemia - cryos pending
Plan: punch biopsies x2 (deep) planned for tomorrow morning; hold further decisions on anticoagulation until results. Hematology consulted.
"""),
("2019-09-13", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
A. Skin, right medial thigh, punch (deep)
B. Skin, left medial thigh, punch (deep)
Clinical history: APS on warfarin, primary HPT, normal renal function. Retiform purpura both thighs. Non-uremic calciphylaxis vs warfarin necrosis vs APS vasculopathy.

Microscopic description: Both specimens show dermal ischemic necrosis (A more than B). In the subcutaneous fat, small arterioles display medial and intimal calcification with thrombi, highlighted on von Kossa; there is surrounding fat necrosis with calcium deposition. Bland fibrin thrombi without mural calcium are not the predominant finding. No vasculitis, no cryoglobulin deposits.

DIAGNOSIS: A and B: calciphylaxis (non-uremic).
Comment: Thrombi are present, as expected in calciphylaxis, and APS-related thrombosis may contribute; the mural and extravascular calcification establishes calciphylaxis.
"""),
("2019-09-20", "Palliative Care Consult", """
Palliative Care Initial Consult
Reason: symptom management, non-uremic calciphylaxis both thighs (biopsy 9/13).

Pain 8/10, burning and stabbing, worse with walking and bed changes. Current: hydromorphone 1 mg IV q3h prn (using 6 doses/day), acetaminophen.
Psychosocial: lives with husband and adult son, works as a school librarian; very frightened after reading about mortality online.
Weight 128 kg, BMI 46.3.

Discussion: we talked about prognosis honestly and about what treatments aim for. Hematology recommends changing warfarin to enoxaparin; if that happens, the injections should go into the upper arms rather than the thighs or abdomen, and we discussed that any new spot appearing where she is injected should be reported promptly. She agrees to parathyroidectomy next week.

Recommendations:
1. Start hydromorphone PCA basal 0.2 mg/h, demand 0.3 mg q10min.
2. Gabapentin 300 mg at night (normal renal function).
3. Senna/docusate.
4. Chaplain visit requested per patient.
"""),
]}

J13 = {"patient_id": "J13", "age": 69, "sex": "M", "notes": [
("2025-01-08", "Wound/Ostomy Nursing Consult", """
WOC nursing consult - two wounds

69 y/o M, ESKD on HD TTS, obesity, admitted 12/30 with pneumonia, 9 days mostly in bed, DVT prophylaxis with SCDs only (no subcutaneous heparin given this admission). Not diabetic.

Wound 1 - R heel, posterior: 3 x 2.5 cm full thickness wound, yellow slough base, no eschar, well-defined round edge with a rim of blanchable erythema, from the heel resting on the mattress. Staged as a stage 3 pressure injury. Typical pressure injury appearance: no livedo, no retiform border, pain mild.
Wound 2 - lower abdomen/pannus, midline and to both sides: several black necrotic plaques up to 4 cm with a net-like purple border, exquisitely tender; per pt present x 2 wks, started as "hard red lumps". No history of injections, heat, tape or tight belts on the abdomen. Concern for calciphylaxis - requested derm evaluation.

Recommendations:
 - heel offloading boots both feet; reposition q2h
 - heel: hydrogel + foam
 - pannus: leave dry, non-adherent dressing, no adhesive; do not debride pending derm
"""),
("2025-01-10", "Dermatology Consult", """
Derm consult
HPI per chart and pt: 69M on HD with necrotic pannus plaques for about 2 weeks, plus a heel wound.
Exam: lower abdominal pannus with 4 necrotic stellate plaques within livedo racemosa, surrounding induration. R heel: punched-out slough-based ulcer with smooth margins, no livedo.
Assessment:
1. Pannus plaques: favored diagnosis calciphylaxis; ddx cholesterol emboli (no recent cath), vasculitis (no palpable purpura), necrotizing panniculitis. Telescoping punch biopsy of the largest plaque done today.
2. R heel ulcer: pressure injury; does not look like calciphylaxis and we would not biopsy it.
"""),
("2025-01-14", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
Specimen: skin and subcutis, pannus, telescoping punch
Microscopic: Ulcerated skin. Small-vessel medial calcification in the subcutis with microthrombi, von Kossa positive; extensive fat necrosis. No vasculitis, no cholesterol clefts.
Diagnosis: Consistent with calciphylaxis.
"""),
("2025-01-20", "Discharge Summary", """
DISCHARGE SUMMARY
1) Calciphylaxis, lower abdominal pannus, biopsy-proven (1/14) - STS with HD started 1/14, cinacalcet, non-calcium binder.
2) R heel pressure injury, stage 3 - not calciphylaxis; offloading boots, hydrogel/foam, improving.
3) CAP - completed ceftriaxone/azithromycin.
4) ESKD on HD TTS.
5) Obesity, BMI 39.0. No diabetes. Not on warfarin.
"""),
]}

J14 = {"patient_id": "J14", "age": 80, "sex": "F", "notes": [
("2023-06-02", "Nephrology Consult", """
NEPHROLOGY INPATIENT CONSULT
80F ESRD on HD (MWF) x 6 yrs, DM2 on linagliptin (no insulin), CHF, obesity. Admitted 5/29 with a R femoral-popliteal DVT; on enoxaparin 1 mg/kg daily into the lower abdomen since 5/29 (renally dosed; primary team aware) while warfarin was considered and declined by pt.

Consulted for: firm tender lumps on the lower abdomen. Since about 3 days ago she has had several tender subcutaneous nodules with faint overlying livedo across the lower abdomen, where the enoxaparin is given.

Exam: 4-5 indurated, tender, violaceous nodules 1-2 cm, lower abdomen both sides of the umbilicus, with a lacy livedoid background; no ulceration, no eschar.

Impression: concern for early calciphylaxis at injection sites. Differential includes injection-site hematomas, heparin-induced skin necrosis (platelets stable, 4T score low), and a nonspecific injection panniculitis. Cannot exclude calciphylaxis clinically at this stage.
Plan: switch to IV heparin infusion; derm biopsy pending discussion with family; check Ca/phos/PTH.
"""),
("2023-06-05", "Palliative Care Consult", """
PALLIATIVE CARE NOTE
Family meeting today with pt, her two sons and the renal team.
Pt has been considering stopping HD for months and today clearly states she wishes to stop dialysis and go home with hospice. She declines the skin biopsy ("what would it change").
Symptoms: abdominal wall tenderness at the nodules 5/10, dyspnea mild.
Assessment: ESRD, decision to withdraw HD, expected survival days to a couple of weeks. Abdominal nodules, possible calciphylaxis, not pursued further per pt's wishes.
Plan: stop HD after Wednesday; morphine 2.5 mg SL q2h prn; glycopyrrolate prn secretions; hospice referral; DNR.
BMI 33.3 (last weight 86 kg).
"""),
("2023-06-07", "Discharge Summary", """
DISCHARGE SUMMARY - to home hospice
#1 ESRD - HD withdrawn per patient choice after shared decision making.
#2 Abdominal wall nodules with livedo at enoxaparin injection sites - calciphylaxis suspected, never confirmed (biopsy declined); other possibilities were injection hematomas or panniculitis.
#3 R fem-pop DVT - anticoagulation stopped in line with comfort goals.
#4 DM2 - linagliptin stopped.
#5 Obesity.
"""),
]}

PATIENTS = [J08, J09, J10, J11, J12, J13, J14]
