"""Probe12 corpus notes, J01-J07 (all invented; inpatient and consult style)."""

J01 = {"patient_id": "J01", "age": 58, "sex": "F", "notes": [
("2022-04-05", "Dermatology Consult", """
DERMATOLOGY CONSULTATION - INPATIENT
Requesting service: Hospital Medicine (Dr. Okafor)
Question: painful dark plaque on the abdominal wall

HPI: 58 y/o woman, dialysis-dependent (ESRD, in-center hemodialysis three days a week, Mon/Wed/Fri), with insulin-treated type 2 DM (glargine plus mealtime lispro), HTN and obesity, readmitted 04/03 with volume overload. During her prior admission for MSSA bacteremia (03/02/2022 through 03/23/2022) she was given heparin 5,000 U subcut q8h from the day she came in; she and her daughter both say the nurses put nearly all of those shots into the right lower abdomen because the left side is taken up by a tender incisional hernia. Approximately 3 weeks ago she noticed a firm, aching spot in the area where those shots were given, which has since turned purple-black. Pain 9/10, worse whenever clothing brushes it. Her own insulin she puts into the back of her arms, both sides. Never on warfarin. No new supplements or herbal products.

ROS: no fever, no chills, no drainage, no joint pains.

Exam: Right lower abdominal wall, from just lateral to the umbilicus out toward the iliac crest: 7 x 5 cm retiform purpuric plaque with stellate outline and a 2 cm adherent black eschar centrally; woody induration palpable beyond the visible border. Left abdomen, thighs, buttocks and upper arms without purpura or livedo.

Labs notable for phosphorus 6.8 and iPTH 640; calcium 9.1; alb 2.9. HIT screen sent by the primary team.

Impression: in a dialysis patient, retiform purpura with eschar on the R lower abdomen, arising in a field of recent heparin injections.
Differential diagnosis:
 - calciphylaxis (calcific uremic arteriolopathy): favored, given adipose-rich location, severe pain and high phosphate
 - heparin-induced skin necrosis: possible; HIT antibody pending
 - warfarin necrosis: not applicable, no exposure
 - cholesterol emboli: less likely, no recent arterial catheterization
 - ANCA or cryoglobulinemic vasculitis: felt less likely; purpura is not palpable and is confined to one area
 - necrotizing soft tissue infection: unlikely, afebrile and no crepitus

Recommendations:
1. Deep incisional (telescoping) biopsy from the advancing border, done at bedside today; specimen to pathology, von Kossa stain requested.
2. Avoid any more SC injections in the abdominal wall; if anticoagulation is needed choose another route.
3. Non-adherent dressing; avoid adhesive on the surrounding skin.
4. We will follow the pathology.
"""),
("2022-04-08", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
Specimen: skin and subcutaneous fat, right lower abdominal wall, incisional biopsy
Clinical information: dialysis patient; painful retiform purpura; recent subcutaneous heparin in that area. Question of calciphylaxis versus heparin-related necrosis.

Gross: Formalin-fixed wedge of tan skin measuring 2.1 x 0.6 cm, with underlying yellow adipose tissue to a depth of 1.4 cm; bisected; all submitted.

Microscopic description: The epidermis shows full-thickness ischemic necrosis at one end. In the deep subcutis, calcium encircles the media of several small arterioles, highlighted by von Kossa, with concentric intimal fibroplasia and luminal fibrin thrombi. There is lobular and septal fat necrosis with fine stippled calcium deposits. No leukocytoclasia, no cholesterol clefts, no granulomas. Special stains for organisms (Gram, PAS): negative.

DIAGNOSIS:
Right lower abdominal wall, incisional biopsy:
- Calcific uremic arteriolopathy (calciphylaxis).

Comment: In this setting these changes are diagnostic. The thrombi seen are of the kind that accompany calciphylaxis; there is no separate pattern to suggest a heparin-related thrombotic vasculopathy. Result called to the ordering team 4/8.
"""),
("2022-04-14", "Discharge Summary", """
DISCHARGE SUMMARY
Admitted 04/03/2022  Discharged 04/14/2022

Hospital course by problem:
#1 Calciphylaxis, biopsy-proven, R lower abdominal wall - arose where she had received SC heparin shots in March. HIT antibody negative (OD 0.18). STS 25 g started, run in over the final 30-45 min of her HD treatments; cinacalcet added; calcium acetate stopped and lanthanum begun. Pain: hydromorphone PO plus gabapentin 100 mg after dialysis. Wound: Vashe-moistened gauze once daily.
#2 ESRD - HD (M-W-F schedule), L brachiocephalic fistula working well. Volume overload cleared with extra UF, new EDW 88 kg.
#3 DM2 on glargine and lispro, injected into the upper arms; no lesions there. A1c 8.4.
#4 Obesity - BMI 37.4.
#5 Allergies/intolerances: avoid subcutaneous heparin from now on; mechanical DVT prophylaxis if readmitted.

Discharged to: home, with visiting nurse services; wound clinic 04/21.
"""),
]}

J02 = {"patient_id": "J02", "age": 66, "sex": "M", "notes": [
("2023-03-20", "Infectious Diseases Consult", """
INFECTIOUS DISEASES CONSULT NOTE
Reason for consult: "cellulitis L thigh not improving on vanc/cefepime x 48h"

HPI: 66 yo man with ESRD from IgA nephropathy on peritoneal dialysis (nightly cycler) since 2020, HTN, gout and chronic left sciatica. He has kept an electric heating pad against the outer side of his left thigh most nights since January 2023 for the sciatic pain, often falling asleep with it on the medium setting. About 10 days ago a hard, purplish, very painful patch came up at that spot, and over the following week it darkened. Admitted 3/18 and begun on empiric vancomycin and cefepime for presumed cellulitis. No fevers at home or here. Nothing has drained from the area. PD effluent clear, cell count 12.

Exam: T 36.8, HR 78. L lateral thigh: mottled reticulated brown hyperpigmentation over roughly 15 cm (erythema ab igne); inside it a violaceous, indurated plaque, 8 by 6 cm, with angulated borders and an inky black eschar (roughly 1.5 cm) at its middle. Pain far beyond what the redness would explain. No fluctuance, no crepitus, no lymphangitic streaking, no inguinal adenopathy. PD catheter exit site clean. R thigh unremarkable.

Data: WBC 7.2, CRP 31, lactate 1.1. Blood cultures no growth to date. CT of the L thigh without contrast: subcutaneous fat stranding, no gas, no abscess; stippled calcification of small subcutaneous vessels.

Assessment: I doubt a bacterial process. He has been afebrile, the white count is normal, there is no pus and no response after 48 hours of broad coverage, and the severe pain with a retiform outline does not fit cellulitis. Overall most consistent with calciphylaxis, arising in the skin he has been heating. Necrotizing infection unlikely (no gas, hemodynamically well). Pyoderma gangrenosum and vasculitis are less likely.

Recommendations:
- stop vancomycin and cefepime
- dermatology for a deep biopsy to confirm; please send one piece for tissue culture
- no more heating pad on the thigh
- we will sign off if cultures remain negative; page with questions
"""),
("2023-03-22", "Surgical Pathology Report", """
PATHOLOGY REPORT
Site: left lateral thigh, deep incisional biopsy (dermatology, bedside)
History: PD patient, painful indurated plaque with eschar under a chronic heating pad; cellulitis vs calciphylaxis.

Microscopic: Dermis with patchy ischemic change and superficial necrosis beneath a crust. Subcutaneous fat shows lipophagic necrosis. Within the septa, many small vessels carry granular and ring-like basophilic mural deposits which are von Kossa positive; two contain organizing thrombi. Extravascular calcium is present around eccrine coils. The inflammatory infiltrate is sparse and mixed; no vasculitis. Tissue Gram stain: no organisms.

FINAL DIAGNOSIS:
Left thigh, skin and subcutis: calciphylaxis.
Tissue culture (microbiology): no growth at 48 hours.

Note: The overlying dermis shows melanin incontinence and dilated superficial vessels, in keeping with the reported heat exposure.
"""),
("2023-03-27", "Nephrology Consult Follow-up", """
Nephrology consult - follow up

66M on CCPD; biopsy-confirmed calciphylaxis, L lateral thigh (path 3/22); lesion appeared under the spot where he used a heating pad every night.

Subjective: pain still 7/10, sleeping poorly. Antibiotics off since 3/20, afebrile.
Objective: Wt 91.5 kg, ht 175 cm, BMI 29.9. Plaque unchanged in size, eschar dry. PD exit site fine.
Labs: Ca 8.8, phos 6.1, PTH 455.

A/P:
1. Calciphylaxis L thigh - thiosulfate (STS) 25 g IV on Mon/Wed/Fri by peripheral line (PD patient), binder changed to sevelamer, stop calcitriol, add cinacalcet. Told him plainly: no heating pads, hot water bottles or ice on the skin from now on.
2. ESRD on PD - increase dwell volume to optimize phosphate clearance.
3. No diabetes (A1c 5.2). Not anticoagulated, never took warfarin.
4. Palliative care asked to help with pain.
"""),
]}

J03 = {"patient_id": "J03", "age": 71, "sex": "F", "notes": [
("2021-09-22", "Radiology Report", """
EXAM: XR TIBIA/FIBULA AND FOOT, LEFT
DATE: 09/22/2021
INDICATION: 71F, Charcot foot treated in a total contact cast since August, cast removed 9/20, new shin wound. Osteomyelitis?

FINDINGS: Chronic Charcot neuroarthropathy of the tarsometatarsal joints with fragmentation and sclerosis, unchanged from June. Ankle mortise intact. Dense tram-track calcification of the popliteal, anterior tibial and posterior tibial arteries and of smaller branches in the subcutaneous tissue of the anterior leg. Soft tissue irregularity over the proximal anterior shin without gas or periosteal reaction. No bony erosion.

IMPRESSION:
1. Stable Charcot midfoot.
2. Extensive arterial and small-vessel calcification. In the appropriate clinical setting, this pattern can be seen with calciphylaxis.
3. No radiographic sign of osteomyelitis.
"""),
("2021-09-24", "Wound/Ostomy Nursing Consult", """
WOC NURSE CONSULT
Consult reason: L shin wound, new since cast removal.

History per pt and chart: active Charcot neuroarthropathy of the L midfoot, placed in a total contact cast (fiberglass, to just below the knee) by ortho on 08/09/2021. She told ortho several times the cast was too tight and that the upper rim pressed hard into the front of the shin, but it was left on. Cast taken off in ortho clinic 09/20/2021 and the tech found a black wound under the top edge; nothing had been seen at that spot before. Hemodialysis TTS. Coumadin for a-fib.

Assessment: L anterior proximal shin, 4.2 x 3.0 cm, 100% dry adherent black eschar, edges dusky purple with a lacy violaceous rim 2 cm wide, periwound indurated and exquisitely tender (pt withdraws with light touch). No odor, no drainage, no fluctuance. Pedal pulses not palpable, doppler signals present. The band-shaped pressure mark left by the cast is still visible above the wound.

Plan:
- stable dry eschar: leave intact, paint with povidone-iodine daily, cover with dry gauze and roll gauze (no tape on skin)
- float heels, pillow under the calf
- pt not a candidate for compression
- recommend nephrology and derm input re possible calciphylaxis given the appearance and pain
- WOC RN to follow twice weekly
"""),
("2021-09-27", "Nephrology Consult", """
NEPHROLOGY CONSULT
Pt: 71 yo woman, ESRD, hemodialysis Tue/Thu/Sat (L forearm AVF) since 2018, DM2 on glipizide, AF on warfarin since 2016, obesity.
Reason: shin wound, ? calciphylaxis.

History as per WOC note: the eschar was found under the upper edge of a total contact cast worn from 08/09 to 09/20/2021, a rim she had complained was tight.
Exam: BMI 32.5. L proximal shin eschar with violaceous retiform rim and marked tenderness. R leg without lesions.
Labs: Ca x P product 68, PTH 1,120, INR 2.6 and albumin 3.0.
XR 9/22: extensive small-vessel calcification of the leg.

Assessment: The clinical picture (painful retiform purpura with dry eschar on the lower leg, warfarin exposure, severe hyperparathyroidism, vessel calcification on x-ray) is clinically consistent with calciphylaxis. Discussed with derm: biopsy of the anterior shin carries a real risk of a non-healing wound, so we will treat on a clinical diagnosis of calciphylaxis and not biopsy for now.
Plan:
1. Stop warfarin; apixaban for AF after discussion with cardiology.
2. Thiosulfate 25 g IV, infused toward the end of each HD treatment.
3. Non-calcium binder; cinacalcet; hold vitamin D analogs.
4. Extend HD time to 4.5 h.
"""),
("2021-10-04", "Discharge Summary", """
Discharge Summary - Medicine
Dates: 09/21/2021 - 10/04/2021

Diagnoses:
1) Left shin calciphylaxis (clinical diagnosis, not biopsied) at the pressure point beneath the upper rim of her recently removed Charcot cast. On STS with HD, pain improving on scheduled oxycodone.
2) L Charcot foot - ortho: moved to a padded CROW walker, skin to be checked daily.
3) ESRD, HD Tue-Thu-Sat.
4) AF - warfarin stopped 9/27, now apixaban 2.5 mg BID.
5) DM2, diet plus glipizide; no insulin.
6) Obesity (BMI 32.5).

Follow-up: wound clinic, nephrology, ortho in 2 wks.
"""),
]}

J04 = {"patient_id": "J04", "age": 54, "sex": "M", "notes": [
("2020-06-01", "Dermatology Consult", """
Dermatology - Inpatient Consult

CC: non-healing ulcer at an old biopsy site, R arm

HPI: 54M, stage 4 chronic kidney disease (eGFR 19; no dialysis yet, no fistula yet), type 1 diabetes on an insulin pump (infusion sets in the abdomen), secondary hyperparathyroidism on calcitriol and calcium carbonate. I saw him in clinic on 05/04/2020 for an itchy eczematous eruption and sampled the posterior right upper arm with a 4-mm punch (path: spongiotic dermatitis). The biopsy site was healing normally with a small scab. He says that 8 days ago a dusky purple patch formed around it, exquisitely painful, and it has broken down since. Admitted yesterday for hyperkalemia and uncontrolled pain.

Exam: posterior R upper arm: stellate ulcer measuring 32 x 26 mm centred on the old punch scar, black necrotic base, surrounded for 3 cm by violaceous retiform purpura and fixed livedo. Exquisite tenderness. L arm, abdomen (including infusion set sites), thighs: no similar lesions.

Assessment: advanced CKD; necrotic ulcer arising in a recent punch biopsy wound, with calcium-phosphate excess.
Ddx:
 * calciphylaxis - leading concern
 * pyoderma gangrenosum with pathergy - less likely, no IBD or other PG history, retiform purpura would be unusual
 * bacterial or fungal infection of the biopsy wound - unlikely, no purulence, afebrile
 * warfarin necrosis - no, not on warfarin (no anticoagulants at all)
 * vasculitis - less likely
Plan: repeat biopsy today, elliptical incisional sample from the livedoid edge including fat (not the ulcer center). Stop calcium carbonate and calcitriol. Wound: silver alginate and a non-adherent cover.
"""),
("2020-06-04", "Surgical Pathology Report", """
SURGICAL PATHOLOGY REPORT
Source: right posterior upper arm skin, incisional biopsy of the livedoid border
Clinical: ulcer at prior punch biopsy site, r/o calciphylaxis vs PG.

MICROSCOPIC: Sections include dermis and a generous portion of subcutaneous fat. Several small arterioles within the fat lobules show medial calcification (confirmed with von Kossa) and near-occlusive intimal hyperplasia; one contains an organizing thrombus. Adjacent fat shows necrosis with saponification and fine calcium encrustation of adipocyte membranes. There is no dense neutrophilic dermal infiltrate to suggest pyoderma gangrenosum. PAS, GMS and Gram stains negative.

DIAGNOSIS: calciphylaxis.

COMMENT: In a non-dialysis CKD patient the picture is the same as in dialysis-associated disease. Clinical correlation with the prior biopsy site is noted.
"""),
("2020-06-10", "Nephrology Consult", """
Renal consult note
54 M, CKD 4 not on dialysis, T1DM on pump; R upper arm calciphylaxis, proven on biopsy, lesion began at the site of the 5/4 punch biopsy.

S: pain better controlled. No fevers, no drainage.
O: BMI 26.1. Ulcer 3.4 x 2.6 cm, base now partly granulating at the margin.
Labs: K 5.1, phos 6.3, Ca 10.2, PTH 380, HCO3 18.

A/P:
#1 Calciphylaxis, R upper arm - sodium thiosulfate 12.5 g by IV on Mon, Wed and Fri via a PICC in the LEFT arm; stop all calcium and active vitamin D; sevelamer.
#2 CKD 4 - refer for fistula and transplant evaluation; no indication to start dialysis today.
#3 T1DM - continue insulin pump, endocrine following.
#4 No anticoagulants, no warfarin.
"""),
]}

J05 = {"patient_id": "J05", "age": 62, "sex": "F", "notes": [
("2024-03-11", "Wound/Ostomy Nursing Consult", """
WOUND OSTOMY CONTINENCE NURSE - INITIAL CONSULT
Referral: "wound LLQ, pls eval"

Background: 62 y/o F, HD MWF for ESKD, DM2 on insulin, morbid obesity. She has injected insulin (glargine and lispro) into her abdomen since March 2018, when insulin was started; she favours the left side "because I'm right-handed". Since February she has also been lying with a heating pad on her lower belly at night for cramping. She first saw a hard, purple spot on 03/04/2024 in the L lower belly, just where she usually injects and where the heating pad sits.

Wound assessment - left lower quadrant abdomen:
 size 5.0 x 4.1 cm, depth not measurable (covered)
 tissue: 70% black eschar, 30% dusky purple intact skin at margins
 periwound: firm, warm, violaceous net-like discoloration extending to 8 cm
 exudate: none; odour: none
 pain: 10/10, constant, worse with touch
No fever, no drainage, no undermining, no signs of infection.
Other skin: pannus fold with mild intertrigo on the right, no open areas. Sacrum and heels intact.

Impression: full thickness necrotic wound, presentation is atypical for pressure or a diabetic wound; concern for calciphylaxis. Defer to derm.
Recommendations:
 1. Keep eschar dry and intact; skin prep to edges, cover with bordered foam (no tape on the plaque itself).
 2. Remove heating pad from room.
 3. Change insulin injection site to thighs per pharmacy (pending MD order).
 4. Will follow weekly and PRN.
"""),
("2024-03-12", "Dermatology Consult", """
Derm consult. 62F, ESKD on HD, obese (BMI 41.2), DM2 on insulin, with a necrotic LLQ abdominal plaque first noticed 3/4/24. Chronic insulin injections into the abdomen since 2018 (mostly left) plus a nightly heating pad on the lower abdomen since last month.

On exam a 5 x 4 cm eschar ringed by retiform purpura and induration, L lower abdomen. No similar lesions on thighs, buttocks or breasts.

A: Favored diagnosis is calciphylaxis at a site of combined repeated injection and heat exposure. Differential includes coumadin necrosis (she takes no coumadin), atheroemboli (no recent procedures), calcinosis cutis (does not explain the necrosis), necrotizing infection (afebrile, no crepitus), and sclerosing panniculitis (wrong site and tempo). Biopsy pending - obtained today, 2 x 1 cm incisional wedge at the inferior border.
P: F/u path. Agree with stopping heating pad. Analgesia per primary. STS to be raised with renal when confirmed.
"""),
("2024-03-15", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
A. Left lower abdomen: skin with subcutis, incisional wedge.

MICROSCOPIC DESCRIPTION: The epidermis is ulcerated and covered by necrotic debris. The dermis shows coagulative necrosis and extravasated red cells. In the subcutis, small arteries and arterioles (30-150 um) show intimal and medial calcification, intimal fibrosis and fibrin thrombi. Foci of fat necrosis with calcified adipocyte rims. von Kossa highlights the vascular and extravascular calcium. Vasculitis is absent and no organisms are identified.

DIAGNOSIS:
A. LEFT LOWER ABDOMEN: CALCIPHYLAXIS (CALCIFIC UREMIC ARTERIOLOPATHY) WITH OVERLYING ULCERATION.
"""),
]}

J06 = {"patient_id": "J06", "age": 49, "sex": "F", "notes": [
("2024-11-01", "Infectious Diseases Consult", """
ID CONSULT
Requested by: hospitalist. Q: infected cat scratch L leg? need for abx?

HPI: 49 y/o F with ESRD (HD Tue/Thu/Sat), mechanical mitral valve on warfarin, SLE nephritis (burnt out). On 10/02/2024 her cat scratched her left calf while she was trimming its claws; two parallel linear scratches, not deep. She went to urgent care on 10/04/2024 because the scratches were red, and got one dose of ceftriaxone 1 g IM into the right upper gluteal area; the scratches then healed over with scab within a week. On 10/20 a painful purple area came up along the healed scratch line on the left calf. Since 10/25 a second tender, hard, darkening patch has appeared at the right buttock, exactly where the shot went in. No fever, no rigors, no drainage.

Exam: afebrile. L posterior calf: 5 x 3 cm indurated violaceous retiform plaque with a 1 cm black eschar, following the old scratch marks. R upper outer buttock: 4 x 4 cm firm stellate purpuric plaque, no eschar yet. No lymphadenopathy. No other skin lesions. Valve clicks crisp.

Labs: WBC 6.0, CRP 18, INR 3.4. Blood cultures x2 negative. Bartonella henselae IgG/IgM sent.

Assessment: Two lesions, each at a place where the skin had been injured (cat scratch and IM injection), with a retiform, necrotic, very painful morphology. This is not a typical bacterial skin infection, and cat scratch disease does not look like this. Favor calciphylaxis (ESRD, warfarin, SLE). Warfarin-induced skin necrosis is much less likely this long after warfarin was started (2015). Septic emboli from the valve considered: negative cultures, TTE without vegetation.

Recommendations:
- no antibiotics indicated at this time
- derm biopsy of the calf lesion
- f/u Bartonella serology (for completeness)
- ID will sign off
"""),
("2024-11-04", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
SPECIMEN: Left calf, skin punch x2 (6 mm) with subcutis.
CLINICAL HISTORY: ESRD, warfarin, necrotic plaque at a prior cat-scratch site. R/o calciphylaxis.

MICROSCOPIC: Both punches include ample fat. Calcium deposits line the walls of multiple small subcutaneous vessels (positive with von Kossa), with microthrombi and surrounding fat necrosis. The dermis shows ischemic necrosis under the eschar. No vasculitis, no organisms on Gram, GMS and Warthin-Starry stains.

FINAL DIAGNOSIS: Skin, left calf: calciphylaxis.
"""),
("2024-11-08", "Discharge Summary", """
DISCHARGE SUMMARY
Admission 10/31/2024 - Discharge 11/08/2024

PROBLEMS
#1 Calciphylaxis at two sites: L calf (biopsy-proven 11/4) and R buttock (clinical diagnosis; identical morphology, not biopsied). Both lesions formed at sites of prior skin injury: the L calf one along a cat scratch from 10/2, the R buttock one at the IM ceftriaxone site from 10/4. Started sodium thiosulfate with HD, cinacalcet, lanthanum.
#2 Mechanical MVR on warfarin - after cardiology discussion, warfarin continued (no safe alternative for a mechanical valve), INR goal 2.5-3.0.
#3 ESRD - HD T/Th/Sat.
#4 SLE - quiescent, continue hydroxychloroquine.
#5 BMI 30.0 at discharge weight.
Bartonella serology negative.
"""),
]}

J07 = {"patient_id": "J07", "age": 59, "sex": "M", "notes": [
("2019-02-05", "Nephrology Consult", """
NEPHROLOGY CONSULTATION (inpatient)
Reason: painful thigh lesions in our PD patient

59 yo man, ESRD due to diabetic nephropathy, on CAPD four exchanges a day since 2016. Insulin-requiring T2DM: for years he injected NPH into his belly, but since last summer he has used the fronts of both thighs instead because the abdomen "was getting lumpy". Since early January he has had mottled purple patches, with burning pain, on both anterior thighs at the spots where he injects. Admitted from clinic 2/4 for pain control.

Exam: Bilateral anterior thighs, mid third: confluent livedo racemosa with several retiform purpuric plaques, largest 6 cm on the R and 4 cm on the L, two with early central necrosis. Abdomen: lipohypertrophy, no purpura. PD catheter exit site clean and dry.

Chemistry: phosphorus 7.1, calcium 10.4, PTH 210 (relatively low), albumin 2.6.

Impression: concerning for calciphylaxis in the areas of repeated insulin injection. Differential also includes cellulitis (bilateral symmetric, afebrile - unlikely), cold panniculitis, cutaneous vasculitis and cholesterol emboli.
Plan: derm for biopsy, x-ray of the thighs for vascular calcification, stop calcium-based binders and calcitriol, low-calcium PD solution.
"""),
("2019-02-07", "Radiology Report", """
XR FEMUR BILATERAL, AP AND LATERAL
History: ESRD on PD, painful thigh plaques, ? calciphylaxis.
Findings: Both anterior thighs show a delicate reticular network of calcified small vessels within the subcutaneous fat, more conspicuous on the right. Calcified superficial femoral arteries bilaterally. Bones osteopenic, no fracture.
Impression: Small-vessel calcification in the thigh subcutaneous tissue bilaterally; in this setting, suggestive of calciphylaxis. Tissue diagnosis if clinically needed.
"""),
("2019-02-09", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
Specimen: skin, right anterior thigh, 8 mm punch to the fat.
Clinical hx: retiform purpura bilateral thighs at insulin injection sites, ESRD on PD.
Microscopic description: In the subcutaneous fat there are arterioles ringed by medial calcium deposits, with intraluminal thrombi, accompanied by fat necrosis and a sparse lymphohistiocytic infiltrate. von Kossa stain positive in vessel walls. No vasculitis.
Diagnosis: Right anterior thigh: findings are diagnostic of calciphylaxis.
"""),
("2019-02-20", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT NOTE
Consult question: symptom burden and goals-of-care discussion, biopsy-proven calciphylaxis

Pt is a 59 y/o man on peritoneal dialysis with calciphylaxis of both thighs since January, at his insulin injection sites. Pain 8/10 at rest, burning, worse at night and with walking; current regimen oxycodone 5 mg q4h prn with little relief. Mood low, sleeping 3-4 hours.
He understands that calciphylaxis carries a high mortality. He wishes to continue PD and thiosulfate for now and wants to be at home. His wife is his HCPOA.
Weight 84 kg, BMI 28.4.
Recommendations:
 1. Methadone 2.5 mg BID plus oxycodone 5 mg q4h prn breakthrough.
 2. Topical lidocaine to peri-wound skin only.
 3. Bowel regimen.
 4. Code status: DNR/DNI confirmed today.
 5. Home palliative referral.
"""),
]}

PATIENTS = [J01, J02, J03, J04, J05, J06, J07]
