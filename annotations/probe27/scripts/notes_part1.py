"""probe27 corpus notes, Z01-Z07 (hospital medicine progress notes; all invented)."""

Z01 = {"patient_id": "Z01", "age": 59, "sex": "F", "notes": [
("2019-11-20", "Hospitalist H&P", """
HOSPITAL MEDICINE ADMISSION H&P -- St. Brendan Regional, 4 West
Author: K. Vasquez-Lund, MD (nocturnist)
CC: "my stomach skin is killing me"
HPI: 59F w/ ESRD, in-center HD Tue/Thu/Sat via L brachiocephalic AVF (Riverbend Dialysis), T2DM on basal-bolus insulin, HTN, OSA not on CPAP, p/w exquisitely painful dark skin lesion of the R lower abd wall. Pt says a firm tender knot first appeared 3 weeks ago, enlarged, turned purple then black centrally over past 5-6 days. Pt gives her own insulin; started glargine + lispro in June 2019 after A1c came back 10.4 and "always uses the same side, below the belly button, it's the easiest to see." Denies fever, drainage. No prior similar lesions.
ROS: +poor sleep from pain, otherwise neg x10.
PMH: ESRD, cause diabetic kidney disease (on HD since 2017), T2DM, HTN, OSA, GERD
Home meds (per pt + pharmacy fill hx):
 1. insulin glargine 30 units qHS
 2. insulin lispro 8 units TID AC
 3. sevelamer carbonate 1600 mg TID w/ meals
 4. calcitriol 0.25 mcg daily
 5. amlodipine 10 mg daily
 6. pantoprazole 40 mg daily
Vitals: T37.1, P88, BP152/81, RR16, 96% on room air. Wt 97 kg, BMI 36.2.
Skin: lower abdominal pannus w/ stellate violaceous plaque (6x4cm) whose center is a ~2cm black eschar, with surrounding net-like dusky discoloration, rock hard on palpation, severely TTP. No fluctuance, no crepitus.
Labs: phos 7.1 (H), corrected Ca 9.8, iPTH 612, Alb 3.1, WBC 8.2.
Assessment / Plan by problem:
#1 Painful necrotic abdominal wall plaque -- high concern for calciphylaxis (CUA) given ESRD, hyperphosphatemia, obesity. DDx necrotizing soft tissue infection felt less likely (afebrile, normal WBC, no crepitus). Derm consult for punch bx in AM. Wound RN. Analgesia: IV hydromorphone 0.2mg q3h prn.
#2 ESRD on HD -- nephro aware, HD tomorrow per schedule.
#3 T2DM -- cont glargine at 24 u (reduced, NPO after MN), SSI. Inject away from lesion.
#4 HTN -- cont amlodipine.
DVT ppx: SC heparin 5,000 units every 8 h -- RN to use upper arms.
Code: Full.
"""),
("2019-11-22", "Dermatology Consult Note", """
DERMATOLOGY INPATIENT CONSULT
Requesting: Hospital Medicine (Dr Vasquez-Lund)
Reason: r/o calciphylaxis, abd wall
*** Please note laterality correction: the admission H&P lists the lesion on the right. On my exam and on the wound RN photos it is on the LEFT lower abdomen, inferior and lateral to the umbilicus. Pt confirms: "left side, that's my shot side." ***
History obtained from pt and husband (Reggie): every insulin dose since she started in 06/2019 has been put in the same LLQ patch; she does not rotate.
Exam: L lower abdominal wall, 6.5x4cm indurated purpuric plaque, retiform borders, adherent black eschar centrally. Dozens of tiny old needle marks visible across the plaque and periphery. Contralateral (R) abdomen soft, no lesions. Thighs, buttocks clear.
Procedure: 4mm punch x2 taken at the advancing margin (L LQ) after consent; Gelfoam for hemostasis; specimens to path for routine histology and calcium stain.
Impression: clinical picture strongly c/w calciphylaxis arising at her insulin injection site. Final answer pending path.
Recs:
- please have pt inject insulin into upper arms or R abd only, not L abd
- no heat, no ice to the abdomen
- consider IV sodium thiosulfate w/ HD once bx confirms
- wound: xeroform + ABD pad, change daily
Thank you for this consult. -- P. Oyelaran, MD (Derm)
"""),
("2019-11-25", "Hospital Medicine Progress Note", """
HOSPITAL MEDICINE PROGRESS NOTE -- HD#6
Author: T. Brannigan, DO (day team), note copied forward from 11/23 and updated
S: Pain better controlled, 4/10 after HD. Ate 60% of breakfast. Husband present.
O: Tmax 37.4C. BP 138/76. Wt 96.1 kg (BMI 36.0).
Nursing flowsheet (wound, 11/24 2210):
  Location: abdomen, L lower quadrant | Type: calciphylaxis / necrotic | Size: 6.5x4.2cm | Base: eschar ~80%, slough ~20% | Drainage: scant serous | Periwound: violaceous, indurated | Pain: 7/10 w/ dressing change
Path (final, 11/24): subcutaneous arterioles show medial calcium, intimal proliferation and luminal thrombi, plus fat necrosis; calcium confirmed by von Kossa. Final path dx = CALCIPHYLAXIS.
Assessment and plan:
#1 Calciphylaxis, biopsy-proven, L lower abdomen, at her habitual insulin injection site (onset ~end of Oct 2019, see H&P) -- STS 25 g IV now infused in the final hour of each HD treatment (first dose 11/23). Low-Ca bath. Sevelamer up-titrated. Palliative care following for pain. Wound care per derm.
#2 ESRD on HD TTS -- nephro managing.
#3 T2DM -- glargine 24 u, lispro SSI; injections now into the posterior upper arms, rotating per diabetes educator.
#4 HTN -- stable.
#5 Obesity, BMI 36 -- outpt nutrition.
Dispo: home Wednesday w/ HH nursing if pain regimen holds.
"""),
]}

Z02 = {"patient_id": "Z02", "age": 73, "sex": "M", "notes": [
("2021-01-04", "Hospitalist H&P", """
ADMISSION HISTORY AND PHYSICAL -- Lakeshore Memorial, Medicine B
Attending: Dr. F. Castellanos
73 y.o. male, retired machinist, ESRD on CCPD overnight (cycler) x 3 yrs, paroxysmal AF anticoagulated w/ warfarin (goal INR 2-3), OA of knees, obesity, here from clinic with a non-healing painful sore on his right knee.
HPI: Since Thanksgiving he has kept a gel ice pack strapped over the front of his R knee most evenings for arthritis pain ("the doctor said no more ibuprofen so I went with ice"). Wife confirms he started the ice the night of Thanksgiving dinner after climbing the bleachers at the grandson's game. About mid-December he noticed a purple mottled patch exactly where the pack sits, which became hard and then opened 10 days ago. No fall, no bump. PD effluent clear, no abd pain.
PMH: ESRD (HTN nephrosclerosis), pAF, OA, obesity (class I), gout
Medication reconciliation (verified w/ pt list + PD nurse):
 - warfarin 5 mg M/W/F, 2.5 mg other days
 - cinacalcet 30mg qd
 - PhosLo 2 caps (667 each) tid w/ food
 - Toprol XL 50 mg
 - allopurinol 100 mg daily
 - acetaminophen 650 mg q6h prn
Exam: afebrile. Wt 104 kg, BMI 31.5.
R knee: anterior/infrapatellar, a 5x5cm zone of retiform purpura with central ulcer 1.5 cm covered w/ dry black eschar; skin around it stony firm; exquisitely tender. Joint itself without effusion. L knee normal skin.
A/P:
#1 R anterior knee necrotic ulcer, ESRD pt on warfarin + calcium binder -- suspect calciphylaxis; ddx frostbite/cold injury from ice pack, pyoderma gangrenosum. Derm c/s, xray knee, stop ice.
#2 ESRD on CCPD -- renal to manage cycler orders.
#3 pAF, anticoagulated -- INR 2.6 today; given concern for CUA, discuss switch w/ cardiology.
#4 OA -- APAP scheduled.
"""),
("2021-01-05", "Nephrology Consult Recommendations", """
NEPHROLOGY CONSULT -- recommendations pasted by primary team
Seen and examined. Agree w/ concern for calciphylaxis. Ca x Phos 68, PTH 480.
1) d/c calcium acetate -> sevelamer 1600 mg tid a.c.
2) IV STS three times weekly is feasible for a PD patient -- will order
3) recommend transitioning off warfarin -- apixaban reasonable in ESRD per cardiology
4) PD prescription unchanged; dietitian for low phos diet
5) if biopsy positive would consider short course of HD to intensify clearance -- discuss w/ pt
-- R. Abernathy-Cole, MD, Nephrology
"""),
("2021-01-07", "Hospital Medicine Progress Note", """
MEDICINE B PROGRESS NOTE day 4 (copied fwd, updated in bold-equivalent caps)
S: Knee pain 6/10, sleeping better w/ gabapentin 100 qHS. Asking about going home for his cycler.
O: VSS. Weight today 97 kg, BMI 29.2 after UF + diuresis (had been anasarca-ish on admit).
Derm path (R knee 4mm punch, 1/5): CALCIFIC UREMIC ARTERIOLOPATHY -- calcified small vessels within subcutaneous septa, fibrin thrombi, no vasculitis, no organisms.
A/P:
#1 CALCIPHYLAXIS, R ANTERIOR KNEE -- biopsy-proven. Derm and I agree the lesion formed under the ice pack he'd applied nightly since 11/26/2020, onset mid-Dec. STS 25 g IV TIW started. Ice pack discarded; pt and wife educated (no cold, no heat to skin). Wound RN: Santyl + foam daily.
#2 ESRD on CCPD -- home cycler settings resumed.
#3 pAF -- warfarin STOPPED 1/6, apixaban 2.5 BID started.
#4 Obesity class I per PMH though BMI today under 30 post fluid removal.
Dispo: home tomorrow w/ infusion arrangements at Harbor Dialysis for STS.
"""),
]}

Z03 = {"patient_id": "Z03", "age": 66, "sex": "F", "notes": [
("2021-04-19", "Hospitalist H&P", """
HM ADMIT NOTE  (Mercy Valley, 6 South)  Author: S. Idowu MD
66F, ESRD, dialyzes MWF through a L forearm graft, diet-controlled DM2 (no meds, A1c 6.4), provoked LLE DVT in late Feb 2021 on warfarin, obesity (BMI 33.8) -- admitted from HD unit for painful leg wounds.
HPI: d/c'd from our hospital on 3/2/21 after DVT admission; at discharge she was measured and sent home in knee-length graduated stockings (20 to 30 mm) which she has worn every day since. On 4/10 she noticed a painful purple spot on her L calf right along the elastic top band of the stocking; now a 3 cm black scab. Denies any knock or fall.
Meds reconciled:
 warfarin 4 mg daily (INR 2.9 today)
 sevelamer 800 mg TID
 calcitriol 0.5 mcg MWF at HD
 lisinopril 10 mg
 atorvastatin 40
 (no insulin, no oral DM agents)
Exam: L posterior-upper calf: circumferential livedoid band where the stocking cuff sat; within it an ulcer measuring 3x2.5cm, thick black eschar, firm violaceous border. Very tender. Pedal pulses dopplerable.
Plan by problem:
#1 Necrotic ulcer L calf at stocking band -- concern for calciphylaxis on warfarin in HD pt vs pressure injury from stocking. Remove stockings. Derm consult + biopsy.
#2 DVT LLE (2/2021) -- on warfarin; consider alternative pending #1.
#3 ESRD -- HD tomorrow.
VTE: already anticoagulated; NO SCDs per derm/wound request.
"""),
("2021-04-20", "Wound Care Nursing Note", """
WOUND/OSTOMY RN CONSULT
Pt seen with daughter present. Stockings removed per order; both legs assessed.
Flowsheet:
  Site 1: L calf, posterior-proximal | 3.0x2.6cm | eschar 100% | periwound livedo, firm | pain 8/10
  Site 2: R calf, posterior-proximal | 1.4x1.0cm | dusky purple, intact, indurated | pain 5/10 | pt says this one "started Wednesday" (4/14), also right under the stocking top
Both lesions sit exactly in the band where the compression cuffs squeezed. MD notified that there is a second lesion on the right; H&P describes L only.
Dressing: povidone-iodine painted onto eschar, covered w/ dry gauze + loose kerlix; nothing adhesive on skin.
"""),
("2021-04-23", "Hospital Medicine Progress Note", """
PROGRESS NOTE HD#5   (S. Idowu MD; updated from 4/22)
S: pain 5/10, tolerating HD.
O: T 36.9, BP 128/70. BMI 33.8 (wt unchanged).
Path: L calf punch -- subcutaneous arteriolar calcification + thrombosis, consistent with calciphylaxis.
A/P
#1 Calciphylaxis, bilateral posterior calves (L 4/10, R 4/14), arising under the top bands of compression stockings worn daily since 3/2/21. STS w/ HD started 4/21. Stockings permanently discontinued. Derm following.
#2 DVT -- warfarin d/c'd 4/22; apixaban 5 bid started after discussion w/ pharmacy/nephro.
#3 DM2 diet-controlled -- no insulin needs; FS qAC.
#4 ESRD HD MWF.
Dispo: SNF for wound care vs home w/ HH; SW involved.
"""),
]}

Z04 = {"patient_id": "Z04", "age": 70, "sex": "M", "notes": [
("2022-09-19", "Hospitalist H&P", """
MEDICINE H&P  -- Granite Falls General
70M, ESRD on HD TTS (tunneled R IJ cath -> R arm AVF maturing), insulin-dependent T2DM, CAD s/p CABG x3 on 8/9/2022 (LIMA-LAD, SVG x2, open R leg saphenous vein harvest), presenting w/ new painful necrotic wound on the thigh.
HPI: pt says around Labor Day his leg incision "turned purple and got hard" at the upper end; since then it's blackened and pain is 9/10, worse at night. Seen by CT surgery PA last wk who thought it was incisional cellulitis -> cephalexin x7d, no improvement.
Home med rec:
 - insulin detemir 18 u BID (wife injects, abdomen)
 - aspirin 81, clopidogrel 75
 - metoprolol tartrate 25 BID
 - sevelamer 2400 TID
 - rosuvastatin 20
Exam: BMI 27.4. Sternotomy well healed. L medial thigh: 14 cm linear incision w/ 4x3cm black eschar at proximal end, surrounding violaceous retiform purpura, woody induration.
A/P
#1 Necrotic wound at vein harvest incision -- DDx: calciphylaxis; surgical site infection; ischemia. Derm, CT surgery aware. ABI.
#2 ESRD TTS.
#3 DM2 -- detemir 14 BID while inpt.
"""),
("2022-09-21", "Hospital Medicine Progress Note", """
MEDICINE PROGRESS NOTE  HD#3  (M. Szabo, MD)
**Correction to 9/19 H&P: the harvest incision and the wound are on the RIGHT medial thigh, not left. The pt's L leg has no incision (confirmed with op note 8/9/22 and on exam today). Physical exam section of H&P was a template error.**
S: pain 8/10. Slept poorly.
O: afebrile. WBC 7.1. ESR 64. ABI R 1.02 (noncompressible vessels suspected).
Skin: R medial thigh along healed vein-harvest scar, upper third: 4x3.2cm eschar, livedo extending 3 cm around. No purulence.
Derm bx done at bedside 9/20 (R thigh), results pending.
A/P
#1 R medial thigh necrotic lesion at CABG harvest incision -- favor calciphylaxis. Cephalexin stopped (no infection). Pain: oxycodone 5 q4 prn, gabapentin 100 post-HD.
#2 ESRD -- dialyzing this afternoon.
#3 DM2 -- BG 140-210.
#4 CAD s/p CABG 8/9 -- DAPT, BB.
"""),
("2022-09-23", "Dermatology Consult Follow-up", """
DERM F/U: Punch biopsy R medial thigh: mural calcium within small and medium-sized dermal/subcutaneous vessels, thrombosed. c/w CALCIPHYLAXIS.
Distribution: confined to the healed saphenous harvest incision on the right thigh; first changes on Labor Day 2022 (9/5), four weeks after the 8/9 surgery. Surgical trauma is a recognized trigger.
Recs: STS after each HD run; hydrogel to wound; no debridement now; nephro to lower dialysate Ca.
"""),
("2022-09-26", "Discharge Summary", """
DISCHARGE SUMMARY -- Granite Falls General, Hospital Medicine
Admit 9/19/2022 Discharge 9/26/2022
Principal dx: Calciphylaxis, R medial thigh, arising in the healed saphenous-harvest scar (CABG 08/09/2022); onset 09/05/2022.
Secondary: end-stage kidney disease (hemodialysis); insulin-treated type 2 diabetes; CAD s/p CABG; HTN.
Course:
#1 Calciphylaxis -- as above; biopsy 9/20 confirmed. thiosulfate 25 g post-dialysis from 9/22 at Granite Falls Dialysis. Pain improved to 4/10.
#2 ESRD -- HD TTS via tunneled cath; AVF in R arm maturing.
#3 DM -- home detemir resumed.
Discharge weight 80.2 kg; BMI 27.4. Follow-up: derm 2 wks, CT surgery 10/3.
"""),
]}

Z05 = {"patient_id": "Z05", "age": 54, "sex": "F", "notes": [
("2023-08-01", "Hospitalist H&P", """
ADMISSION H&P (Hospital Medicine, Sutter Creek Community) -- Dr. A. Nakagawa
54F ESRD from lupus nephritis, dialyzing M/W/F via R arm fistula, HTN, hx parathyroidectomy 2015 (recurrent 2HPT), admitted w/ painful L shin ulcer.
HPI: Pt caught her L shin against the metal edge of a car door "sometime in June", which left a little scrape; it crusted over. Couple weeks later the area became purple, hard and intensely painful, then broke down. Seen at urgent care, given doxy, no better.
Meds: prednisone 5 mg daily; hydroxychloroquine 200 daily; cinacalcet 60 daily; sevelamer 1600 TID; nifedipine ER 60.
No diabetes. No anticoagulants ever.
Exam: BMI 24.1. L anterior shin mid-third: 3.5x2.5cm ulcer, black eschar, stellate purpuric rim, and firm subcutaneous plaque extending 2 cm beyond. R leg normal.
A/P
#1 L shin necrotic ulcer at site of prior abrasion -- ddx calciphylaxis vs lupus vasculitis vs infected traumatic ulcer. Derm bx, wound culture, ESR/CRP, C3/C4.
#2 ESRD HD MWF.
#3 SLE -- cont HCQ, pred.
"""),
("2023-08-02", "Hospital Medicine Progress Note", """
PROGRESS NOTE  (copied forward from H&P; interval updates)
Date of injury clarified with daughter Marisol who was there: NOT June. It was Independence Day -- she scraped the shin as she climbed out of the car at the lake on July 4th. Purple hard area came up on 7/20 (daughter remembers: "the day of my cousin's baby shower").
O: afebrile; WBC 6.0; complements WNL; anti-dsDNA unchanged, low.
Derm biopsy done 8/1 L shin.
A/P:
#1 L anterior shin ulcer -- onset 7/20/23, at the 7/4/23 abrasion site. Awaiting path.
#2 ESRD -- HD today, UF 2 L.
#3 SLE quiescent.
"""),
("2023-08-04", "Dermatology Consult Follow-up", """
DERMATOLOGY -- path review
L shin: small-vessel mural calcification in subcutis, intraluminal thrombi, panniculitis w/ calcium. No leukocytoclastic vasculitis. Gram/PAS neg.
Final dx: calciphylaxis of the L anterior lower leg, developing in the healed car-door abrasion of 7/4/23 (onset 7/20/23), in ESRD pt with recurrent hyperpara.
Recs: STS 25 g IV qHD; nephro re: surgical PTX referral; wound: calcium alginate + gentle compression ONLY per wound RN (no tight wraps). Avoid any further trauma to legs.
"""),
]}

Z06 = {"patient_id": "Z06", "age": 62, "sex": "M", "notes": [
("2024-03-04", "Hospital Medicine Progress Note", """
HOSPITAL MEDICINE PROGRESS NOTE -- hospital day 22 -- Riverside University, 9 North
Author: J. Okonkwo-Hart, MD (rotating on service today; prior notes by Dr. Lindqvist reviewed)
Brief: 62M ESRD on CAPD, T2DM (sitagliptin 25 daily, no insulin), admitted 2/12/2024 w/ PD peritonitis complicated by prolonged ileus and deconditioning. VTE ppx: subcut heparin 5000 units TID since admission 2/12 -- MAR shows all doses given in posterior upper arms, alternating L and R (pt refused abdominal shots because of PD catheter and belly pain).
New issue: since Friday 3/1 pt reports very painful dark "bruises" on the backs of both arms. Today: bilateral posterior upper arms w/ 3-4 cm firm violaceous plaques, L larger, central dusky necrosis on L, retiform edge. 
Med rec (inpatient):
 heparin SC 5000 q8h
 vancomycin IP per PD protocol (day 14 of 21)
 sevelamer 1600 TID
 sitagliptin 25 daily
 oxycodone 5 prn
BMI 30.0 (wt 92 kg, ht 175 cm)
A/P
#1 Painful purpuric plaques both posterior arms at heparin injection sites -- ddx: skin necrosis from heparin (HIT-associated), calciphylaxis, injection-site hematoma. Send PF4 Ab, stop SC heparin -> switch ppx to... will discuss w/ heme; derm consult.
#2 PD peritonitis -- improving, cell count 40.
#3 DM2 -- BG fine on sitagliptin.
#4 Obesity (BMI 30) -- noted.
"""),
("2024-03-06", "Hematology and Dermatology Consult Recommendations", """
Pasted recs (heme, 3/5): PF4 ELISA OD 0.18 -- negative. Platelets stable 210-240 throughout. HIT not supported. OK to use fondaparinux-free strategy: mechanical ppx alternatives limited; ambulate.
Pasted recs (derm, 3/6): Exam: bilateral posterior upper arms, L 5x4cm and R 3x3cm indurated retiform purpura, L with early black eschar. 4mm punch L arm done 3/5.
 Path prelim (3/6): calcification of subcutaneous small arterioles, microthrombi -> calciphylaxis.
 The plaques are precisely where SC heparin was given from 2/12 on; onset 3/1. Calciphylaxis at injection sites, bilateral.
 Recs: no further injections into the arms; STS IV 3x/wk; nephro to optimize PD + binder.
"""),
("2024-03-08", "Hospital Medicine Progress Note", """
HOSPITAL MEDICINE PROGRESS NOTE -- HD#25 (Dr. Lindqvist)
S: arm pain 5/10 w/ scheduled APAP + low-dose hydromorphone.
O: Wt 91.6 kg.
Nursing wound flowsheet 3/7 1900:
 | L posterior upper arm | 5.1 x 4.0 | eschar 30% | periwound purple/firm |
 | R posterior upper arm | 3.2 x 3.0 | intact, violaceous |
A/P:
#1 Calciphylaxis bilat posterior upper arms (bx-proven 3/5), at SC heparin sites used since 2/12/24; onset 3/1/24 -- STS started 3/6. Heparin permanently d/c'd; ambulation for VTE ppx.
#2 PD peritonitis -- finishing IP vanc 3/10.
#3 DM2 noninsulin.
#4 BMI 30.0.
Dispo: acute rehab when pain controlled.
"""),
]}

Z07 = {"patient_id": "Z07", "age": 58, "sex": "F", "notes": [
("2025-03-18", "Hospitalist H&P", """
H&P -- Hospital Medicine, Northgate Presbyterian
58F w/ morbid obesity (BMI 41.3), primary hyperparathyroidism (Ca 11.2), CKD G3a (most recent eGFR 52; has never needed dialysis), chronic low back pain, mechanical MVR on warfarin, presenting with an exquisitely painful black patch on her left side.
HPI: Since the end of January she has slept each night with an electric pad on 'high' wedged against her L flank/low back for back pain. 10 days ago she noticed a sore red-purple area on the L flank under where the pad lies; it has become hard and dark. No fever.
Medications reconciled w/ pharmacy:
  warfarin 7.5 mg daily (INR 3.1)
  metoprolol 50 BID
  furosemide 40 daily
  duloxetine 60 daily
  no insulin; no DM
Exam: L flank posterolateral 8x6cm livid reticulated plaque w/ central 3 cm black necrotic area; faint erythema ab igne (lacy brown pigment) across L flank & low back.
A/P
#1 Necrotic L flank plaque -- worrisome for non-uremic calciphylaxis (risks: warfarin, hyperPTH, obesity, female) vs thermal burn. Derm consult for biopsy. Heating pad removed.
#2 Mech MVR -- warfarin, INR supratherapeutic; hold 1 dose.
#3 PHPT -- endocrine/ENT outpt.
"""),
("2025-03-19", "Dermatology Consult Note", """
DERM CONSULT: Agree w/ primary team; plaque is deeper and more indurated than a simple burn and has retiform margins. 6mm punch to subcutis from L flank edge.
Hx clarified with pt: pad used "every night since the last week of January, on the high setting."
Imp: likely non-uremic calciphylaxis, triggered locally by heat.
Recs: await path; no topical heat; pain mgmt.
"""),
("2025-03-21", "Hospital Medicine Progress Note", """
PROGRESS NOTE  HD#4  (copied from 3/20 and updated)
Path 3/21: subcutaneous vascular calcification w/ thrombosis, calcium in fat lobules -> NON-UREMIC CALCIPHYLAXIS.
A/P
#1 Non-uremic calciphylaxis, L flank, at heating pad site; onset 3/8/25; heat exposure since late Jan 2025. IV STS (renally dosed) started; cardiology consulted re anticoagulation -- mechanical valve so warfarin must continue for now; will discuss alternatives (none ideal).
#2 PHPT -- ENT for parathyroidectomy expedited.
#3 CKD 3a -- stable Cr 1.2; not a dialysis patient.
#4 Morbid obesity, BMI 41.3.
"""),
]}

PATIENTS = [Z01, Z02, Z03, Z04, Z05, Z06, Z07]
