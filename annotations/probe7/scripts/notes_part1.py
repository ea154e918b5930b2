"""Probe7 corpus notes, B01-B07 (all people, places and wording invented)."""

B01 = {"patient_id": "B01", "age": 58, "sex": "F", "notes": [
("2015-03-02", "Diabetes Education Visit", """
Bellwether Diabetes Center - Certified Diabetes Educator Visit
Referred by: Dr. Okonkwo (nephrology) for insulin technique review.
Diabetes type: Type 2, dx 2006. Currently on insulin detemir 22 u qhs + aspart sliding scale with meals.
Insulin start: September 2014 (was on glipizide before, stopped when she began hemodialysis).
Injection technique review:
[x] Pen device  [ ] Syringe  [ ] Pump
Sites used: right side of her belly only, roughly a hand's width to the right of and below the navel. Pt demonstrates; says she "can see it best there" and has not used any other area since she was taught last fall.
Site rotation: [ ] Yes  [x] No
Lipohypertrophy on palpation: none felt. Skin intact, no bruising.
Needle length 4 mm, reused "2-3 times" - counseled single use.
Education: discussed rotating among the four abdominal quadrants and the outer thighs; handout given. Hypoglycemia recognition reviewed; she keeps glucose tabs in her purse.
A1c 8.4 (01/2015). Wt 92.7 kg, BMI 34.8.
Follow-up with CDE in 3 months.
"""),
("2015-04-20", "Nephrology Clinic Note", """
NEPHROLOGY FOLLOW-UP
CC: "sore spot on my stomach"
HPI: 58 yo woman with ESRD from diabetic nephropathy; in-center hemodialysis Mon/Wed/Fri since 08/2014 via R IJ tunneled cath, L AVF maturing. Reports a painful, hard area on the lower right abdomen since 4/3. Initially thought it was a pulled muscle, then the skin turned purple and now there is a dark center. Pain 8/10 and worse at night; she is sleeping poorly. No fever.
PMH: DM2 on insulin, HTN, obesity, ESRD on HD, gout.
Meds: insulin detemir, insulin aspart, sevelamer 800 mg TID w/ meals, cinacalcet 30mg qd, calcitriol 0.25mcg thrice weekly with HD, amlodipine, allopurinol 100 mg. No anticoagulants.
ROS: [x] skin changes [ ] fevers [ ] chest pain [ ] SOB [x] pain
Exam: BP 148/90. Abd: obese, soft. RLQ with a firm 5x4 cm violaceous plaque, central 1.5 cm area of dusky gray-black skin, lacy livedo at the margin. Exquisitely tender. Left abdomen and flanks without lesions.
Labs (4/17): PTH 944, Ca 9.9, P 7.8, Alb 3.0.
A/P:
1. RLQ necrotic plaque in ESRD with elevated Ca x P - concern for calciphylaxis. Urgent derm for punch bx. Begin sodium thiosulfate after bx if confirmed. Hold calcitriol.
2. ESRD - continue HD MWF, increase Tx time to 4h.
3. DM2 - continue insulin, glucose logs.
"""),
("2015-04-27", "Dermatology Note", """
Dermatology - Outpatient Procedure and Result Note
Pt seen 4/22 for bx of right lower abdominal plaque (see procedure note). Returns today for results.
Pathology (S15-2281, R periumbilical abdomen, punch 4 mm x 2): small vessels in the subcutis show medial calcium deposition and intravascular thrombi, with the dermis and fat above them necrotic; von Kossa highlights the calcium. Interpretation: calciphylaxis.
Exam today: RLQ plaque unchanged in size, eschar now 2 cm, bx sites clean.
She asks whether her "insulin spot" has anything to do with it - the plaque sits squarely in the area she reports injecting every day. Explained that calciphylaxis sometimes localizes to where the skin has been repeatedly injured, including injection sites.
Impression: Calciphylaxis, biopsy-proven, right lower abdomen.
Plan: nephrology to start sodium thiosulfate 25 grams IV during each dialysis session. Injections to be moved to the thighs (outer) and the left arm going forward; CDE notified. Wound: hydrogel + foam, change every other day. RTC 3 wks.
"""),
]}

B02 = {"patient_id": "B02", "age": 66, "sex": "M", "notes": [
("2017-11-09", "Peritoneal Dialysis Clinic Note", """
HOME DIALYSIS UNIT - MONTHLY PD CLINIC
Modality: CCPD, 5 exchanges overnight, 2.0 L fills, last fill icodextrin. Catheter exit site clean, no crust.
Interval hx: Pt reports painful skin on his left side. States he "first saw the purple net" on the left flank three weeks ago and it has since gone black in the middle. He admits he has been resting a hot water bottle against his left side most evenings since Halloween of last year for what he calls kidney pain. Wife fills it with water from the kettle.
Meds: warfarin (AFib, INR goal 2-3), calcium carbonate 1250 mg TID, metoprolol, atorvastatin, darbepoetin q2wk.
Exam: Wt 81.0 kg. BMI 27.4. L flank: 6x4 cm black stellate eschar inside a rim of violaceous livedo racemosa; background of mottled reticulated brown pigmentation over the same area (toasted-skin pattern). R flank normal.
Labs: Ca 10.4, Phos 6.9, PTH 311.
Impression:
- L flank necrotic ulcer in a PD patient on warfarin and calcium-based binder. Probable calciphylaxis; warfarin necrosis seems unlikely after years on the drug.
- Erythema ab igne L flank from chronic heat.
Plan: incisional biopsy L flank (derm, next week). Stop calcium carbonate, start lanthanum. Discuss warfarin alternatives with cardiology. No further hot water bottle.
"""),
("2017-11-16", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
SPECIMEN RECEIVED: LEFT FLANK SKIN/SUBCUTIS (INCISIONAL)
CLINICAL INFORMATION: PD patient, necrotic flank ulcer, heat exposure. R/O calciphylaxis.
GROSS: A 1.8x0.6 cm ellipse of skin to a depth of 0.9 cm.
MICROSCOPIC: Ulcerated epidermis. Arterioles within the lower dermis and the fat septa have ring-like medial calcium with fibrin plugging the lumens. Patchy lobular fat necrosis. No leukocytoclasis.
FINAL DIAGNOSIS: CALCIPHYLAXIS (CALCIFIC UREMIC ARTERIOLOPATHY).
"""),
("2017-12-04", "Telephone Encounter", """
Phone note - RN
Caller: pt's wife (on HIPAA form).
Reason: dressing questions. The wound on his left side is draining yellow fluid onto his shirt; no fever, no new red streaks. She is using the silver alginate as taught. Reviewed: change daily and as needed, keep the hot water bottle put away.
Warfarin was stopped 11/28 per cardiology, now on apixaban 2.5 mg BID. Sodium thiosulfate going well per the PD nurse.
Pt to keep appt 12/11 in wound clinic. Wife verbalized understanding.
"""),
]}

B03 = {"patient_id": "B03", "age": 49, "sex": "F", "notes": [
("2019-06-14", "Dialysis Rounds Note", """
HD Rounds (Fri) - Riverside Kidney Center, pod B
S: Complains of new, painful purple areas across her low back on both sides; noticed them Tuesday night when getting out of the shower. Also c/o itch. Denies falls.
ROS: Fever [ ] Chills [ ] CP [ ] SOB [ ] N/V [ ] Skin [X] Pain [X]
O: Pre BP 164/92. Wt 118.4 kg, EDW 117.0. Access R brachiocephalic AVF good thrill.
Back: bilateral lumbar paraspinal areas with 2 horizontally oriented violaceous retiform plaques, each about 7 cm, right slightly larger, central duskiness on the R. Wears a rigid lumbar support brace for lumbar stenosis, on "from when I get up till bed" since January per pt; the plaques lie along the lower border of the brace.
A/P:
- ESRD on HD TTS -> now MWF (schedule change), UF 1.5 L. Continue.
- Low back retiform purpura, bilat - calciphylaxis vs pressure injury from brace. Wound RN to see, derm referral, hold calcitriol. Ask her to loosen or stop the brace for now.
- Obesity, BMI 41.2.
- CKD-MBD: Phos 7.1, Ca 9.2, PTH 688. Continue sevelamer.
"""),
("2019-06-20", "Wound Care Consult", """
WOUND CARE NURSE CONSULT
Referral: HD unit, low back lesions.
Hx per pt: the brace was prescribed in Jan '19; she tightens it "as snug as it goes" because it helps her walk. She stopped wearing it after the HD doctor told her to on 6/14.
Wound 1: L lumbar, 6.5 x 2.0 cm, black adherent eschar 60%, violaceous rim, no drainage. Wound 2: R lumbar, 8.0 x 2.5 cm, black eschar 80%, periwound retiform purpura. Shape of both follows the lower edge of the rigid posterior panels of the brace, placed symmetrically.
Pain 9/10 with touch.
Plan: leave the eschar intact and dry; povidone-iodine painted on once a day, no sharp debridement until dx known; pressure redistribution mattress ordered; side-lying positioning. Derm bx on 6/18 done prior to this visit.
"""),
("2019-07-02", "Nephrology Progress Note", """
Nephrology - Progress
Calciphylaxis, biopsy-proven (derm punch 6/18: calcified subcutaneous arterioles w/ thrombosis, fat necrosis). Lesions on the bilateral low back at the lumbar brace margins.
- sodium thiosulfate 25 g intradialytic, started 6/24. Tolerating, mild nausea.
- Cinacalcet 60 mg daily added; off calcitriol; Ca-free binder.
- Palliative care for pain: hydromorphone PO.
- Brace discontinued; PT for core strengthening.
Wt 117.2 kg, BMI 40.5. No DM. No anticoagulation.
"""),
]}

B04 = {"patient_id": "B04", "age": 72, "sex": "M", "notes": [
("2021-03-18", "Discharge Summary", """
CARDIOTHORACIC SURGERY DISCHARGE SUMMARY
Admit: 03/09/2021  Discharge: 03/18/2021
Attending: Dr. V. Lindqvist
Principal procedure: CABG x 3 (LIMA to LAD, SVG to OM1 and to PDA) performed 03/11/2021 via median sternotomy, with open greater saphenous vein harvest from the right medial thigh (single long incision, closed with staples).
Hospital course: extubated POD 0. Brief post-op AFib on POD 2, converted with amiodarone; not anticoagulated after discussion (high bleed risk, ESRD). HD resumed POD 1 via L AVF. Glucose managed with insulin drip then basal-bolus.
Incisions at discharge: sternotomy clean, dry and intact. R thigh harvest incision: well approximated, staples intact, no drainage.
Discharge diagnoses: CAD s/p CABG x3; end-stage kidney disease (HD); type 2 diabetes, insulin-treated; obesity (BMI 31.5); HTN.
Discharge meds: aspirin 81, atorvastatin 80, metoprolol, amiodarone taper, insulin glargine 18 u, lispro per scale, sevelamer, epoetin at HD.
Follow-up: CT surgery clinic 2 wks for staple removal.
"""),
("2021-04-22", "Wound Clinic Note", """
Outpatient Wound Center - New Patient
Referral from CT surgery: "breakdown of leg harvest site".
HPI: 72M s/p CABG 3/11/21, on HD. Staples out 3/25, incision then looked well per wife. She first noticed a purple, blotchy discoloration along the upper part of his right thigh incision on Easter Sunday while helping him dress; since then it has turned black and become very painful, out of proportion to the size.
Exam: R medial thigh vertical incision, proximal 8 cm with dusky retiform purpura reaching 2-3 cm either side, central 3x1.5 cm black eschar. Distal incision healed. Pulses: DP dopplerable bilat. Sternal incision healed, no similar skin changes on the chest.
Assessment: dehiscence with ischemic necrosis vs calciphylaxis of the harvest incision.
Plan: punch bx at margin sent today. Hold sharp debridement pending path. Alginate + ABD pad. Notify nephrology re: Ca/Phos.
"""),
("2021-04-30", "Dermatopathology Report", """
DERMATOPATHOLOGY
SITE: SKIN, RIGHT MEDIAL THIGH (ADJACENT TO SURGICAL INCISION), PUNCH
DIAGNOSIS:
- CALCIPHYLAXIS.
- FOCAL EPIDERMAL NECROSIS AND ULCERATION.
NOTE: Mural calcific deposits are seen in small- and medium-sized subcutaneous vessels, with thrombi. Scar tissue from the prior incision is present in the superficial dermis.
"""),
("2021-05-10", "Dialysis Rounds Note", """
HD rounds - Mon
*** copied forward from 05/03/2021, updated ***
HD Mon-Wed-Fri through the left AVF for ESRD. Insulin-treated DM2. CAD s/p CABG 3/2021.
Calciphylaxis of the R thigh at the saphenous harvest incision - bx proven 4/30/21. sodium thiosulfate 25 g IV at the end of each run, three times a week since 5/3. Lanthanum. Cinacalcet 30.
Today: R thigh wound smaller eschar, less pain (6/10 from 9/10). No new lesions on the chest or other leg.
Dry wt 88.5 kg.
Plan: continue STS, wound clinic weekly.
"""),
]}

B05 = {"patient_id": "B05", "age": 61, "sex": "F", "notes": [
("2023-01-24", "Patient Portal Message", """
Subject: my leg

Dr Haddad, I hope its ok to write here. On New Years Eve I smacked my left shin into the car door getting out at my sisters. It bruised but the bruise went away. Since about the middle of January there is a black scab right where I hit it with purple lines around it like a spiderweb and the pain is awful, I cant sleep. Tylenol is not touching it. I have dialysis tuesday thursday saturday. Should I come in? I still take my coumadin every night.
- Marisol
"""),
("2023-01-26", "Nephrology Urgent Visit", """
Nephrology - same-week add-on
CC: painful L leg wound (see portal msg 1/24).
HPI: 61F ESRD on HD TTS, DM2 (metformin stopped at HD start, now on linagliptin; never on insulin), AF on warfarin x 6 yrs. Hit the front of the L shin against a car door 12/31/22. Bruise resolved, then a painful dark area appeared over the same spot in mid-January.
Exam: L anterior shin, mid-tibia: 3.0x2.2 cm black eschar, surrounding 8 cm zone of retiform purpura, firm, extremely tender. R leg normal. Pedal pulses palpable.
BMI 29.6.
Labs: INR 2.6, Ca 9.7, Phos 6.2, PTH 520, albumin 2.9.
Assessment: necrotic ulcer where minor trauma occurred; ESRD plus warfarin make calciphylaxis a real concern. Also on ddx: traumatic ulcer with poor healing, warfarin necrosis (unlikely after years on it).
Plan: derm for punch biopsy 1/30; switch warfarin to apixaban (discussed with cardiology); stop calcium acetate; wound: xeroform.
"""),
("2023-02-09", "Dermatology Clinic Note", """
DERM CLINIC - F/U
Bx 1/30/23 L shin: subcutaneous arteriolar calcification, thrombosis and fat necrosis = calciphylaxis.
Dx: Calciphylaxis, L anterior lower leg, at the site of a car-door injury on 12/31/22.
Plan: STS with HD (nephrology arranging), apixaban in place of warfarin, gentle wound care, avoid further bumps to the legs (advised shin guards at home).
RTC 4 weeks.
"""),
]}

B06 = {"patient_id": "B06", "age": 55, "sex": "M", "notes": [
("2016-08-22", "Discharge Summary", """
MEDICINE DISCHARGE SUMMARY
Patient: 55 yo M. Admitted 8/14/2016, discharged 8/22/2016.
Dx: pneumonia, right lower lobe, community acquired; ESRD (hemodialysis Tue-Thu-Sat via R arm graft); HTN; morbid obesity (BMI 38.3); secondary hyperparathyroidism.
Course: treated with ceftriaxone/azithro, transitioned to cefpodoxime. HD continued per schedule. Ambulated with PT.
VTE prophylaxis: heparin 5000 units subcut q8h from admission (8/14) until discharge; administered into the abdominal wall on alternating sides of the umbilicus per nursing MAR.
Skin: intact on discharge exam. No pressure injuries.
Meds at d/c: cefpodoxime x 3 more days, calcium acetate 1334 mg TID, cinacalcet 30 mg, amlodipine 10 mg. Not diabetic.
"""),
("2016-09-09", "Emergency Department Note", """
ED PHYSICIAN NOTE
CC: abdominal skin pain
HPI: 55M ESRD on HD, recent admission for pneumonia (d/c 8/22). Several exquisitly painful dark patches around the belly button, first noticed on Labor Day, getting bigger. No fever, no vomiting, tolerating PO. Last HD yesterday.
ROS: otherwise negative.
PE: Temp 37.1, pulse 96, BP 171/98. Abd soft, non-tender to deep palpation. Skin: 4 purple-black patches encircling the navel, 2 on the L and 2 on the R, 2-4 cm each, netlike borders, one with a central ulcer. Overlying skin exquisitely tender.
MDM: skin necrosis in ESRD, recent SC heparin. Ddx calciphylaxis vs HIT-associated skin necrosis. Plt 212 (stable from admission). Surgery consulted.
Dispo: admit to medicine.
"""),
("2016-09-12", "General Surgery Consult", """
GENERAL SURGERY CONSULT
Asked to evaluate periumbilical necrotic lesions for debridement.
Pt says the patches came up "exactly where the nurses gave me the blood thinner shots" while he was in the hospital last month.
Exam: bilateral periumbilical retiform purpura with central necrosis, largest L paraumbilical 4 x 3 cm, no fluctuance, no crepitus.
Assessment: clinically calciphylaxis at prior heparin injection sites; HIT antibody negative. Not a surgical abdomen.
Plan: 2 punch bx obtained at bedside from the L lesion margin. Hold debridement for now. Nephrology aware; STS to start.
"""),
("2016-09-19", "Pathology Report", """
PATHOLOGY - FINAL
Specimen: left periumbilical skin, punch biopsy x2.
Diagnosis: CALCIPHYLAXIS, with calcification of small subcutaneous vessels, intimal fibroplasia and thrombi; septal and lobular fat necrosis.
Comment: Findings were discussed with Dr. Abara on 9/19/16.
"""),
]}

B07 = {"patient_id": "B07", "age": 52, "sex": "F", "notes": [
("2024-03-14", "Peritoneal Dialysis Clinic Note", """
PD CLINIC VISIT
52F ESRD, CAPD (four daily exchanges) since 2021. DM2 - not on insulin (A1c 6.9 on semaglutide + linagliptin). Obesity.
HPI: painful, hard purple area on the outside of her L thigh since the 3rd of March. She gives her semaglutide pen into that same spot on her left thigh every Monday and has done so since starting it on 10/02/23 ("I always use the same leg because I'm right-handed"). No falls, no heat or ice.
Meds: semaglutide 1 mg SC weekly, linagliptin 5 mg, sevelamer 1600 TID, calcitriol 0.5 mcg daily, losartan, furosemide 80 BID.
Exam: Wt 104 kg, BMI 37.9. L lateral thigh: 7x5 cm violaceous, indurated plaque, livedo at its edges and a small central dusky patch. R thigh and abdomen clear. Exit site clean.
A/P: L thigh plaque at injection site in a PD patient; r/o calciphylaxis. Derm punch bx 3/18. Hold semaglutide pen for now; hold calcitriol. PTH 402, Phos 6.4.
"""),
("2024-03-21", "Dermatology Note", """
Dermatology follow-up (results)
Punch biopsy L lateral thigh 3/18/24: calcium deposits in walls of small vessels in the subcutis, microthrombi, fat necrosis. Consistent with calciphylaxis.
Diagnosis: L lateral thigh calciphylaxis, at her weekly semaglutide injection site.
Plan: wound care with hydrocolloid, STS via PD team (IV at the infusion center), pain control. She should not inject anything into either thigh again. RTC 2 wks.
"""),
("2024-04-08", "Telephone Encounter", """
Tel enc - PD RN
Pt called: asks if she can restart her weekly injection since her sugars are up (fasting 180s). Told her to not restart until Dr. Ferreira reviews; endocrine appt moved up to 4/12. The thigh sore is "about the same", dressing changed daily by her daughter. Infusion center confirms STS given 4/1, 4/3, 4/5.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
