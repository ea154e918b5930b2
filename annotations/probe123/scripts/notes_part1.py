"""probe123 corpus notes, G01-G07 (obesity medicine and PM&R; all invented)."""

G01 = {"patient_id": "G01", "age": 58, "sex": "F", "notes": [
("2021-02-08", "Weight Management Clinic - Return Visit", """
WEIGHT MGMT CLINIC f/u  (Dr. Vasquez-Thorne)
CC: "I'm stuck at the same number on the scale."
Interval: Pt is a 58yo F w/ ESRD - dialyzes Tues/Thurs/Sat at the Grantley unit, DM2 (A1c 7.9), OSA on CPAP, knee OA. Lantus thirty units hs and Humalog per scale at meals, she does her own shots. She tells me she always pokes the outer part of her left thigh ("the belly hurts more, the thigh I can't feel as much") and has done so ever since the family moved to the Elmwood apartment in January 2020.
No anticoag. Not on warfarin ever.
Vitals: Wt 101.2 kg, Ht 166.7 cm, BMI 36.4. BP 142/80.
A/P
1. Obesity class II - discussed GLP-1 RA, renal dosing ok, will check w/ nephro re: sema. Protein target 1.0 g/kg on HD days, RD referral.
2. DM2 on insulin - A1c above goal, no change today.
3. Reviewed injection site rotation, handout given.
RTC 8 wk.
"""),
("2021-04-14", "Weight Management Clinic - Return Visit", """
WEIGHT MGMT f/u
S: Wt down 3 kg. Tolerating sema 0.25 weekly w/o nausea. New problem today - she lifts her skirt to show "a bruise that went black". Per pt, it showed up 3 weeks ago - at first a hard, very sore knot, then the middle darkened. Pain rated 8/10, wakes her. Has kept injecting insulin next to it bc "that's my spot".
O: Wt=98.0kg, BMI=35.1
L lateral thigh, mid-third, inside the area pocked w/ old needle marks: stellate black eschar ~3.5x2.5cm, rimmed by firm violaceous skin; net-pattern purple mottling spreads 2 cm out. Exquisitely tender. Dry. Not warm. Not boggy. R thigh clear. Abd w/ lipohypertrophy only.
A/P:
# Necrotic painful plaque L thigh in an HD pt on insulin - concern for calciphylaxis, less likely abscess. Same-day call to derm, they will see her Fri. Stop using L thigh; for now she'll inject the upper arms. Hold sema titration.
# ESRD on HD - nephro messaged about her phosphorus and binder dose.
"""),
("2021-04-29", "Dermatology Consult Note", """
Dermatology - outpt consult, req by weight mgmt
HPI per referral & pt. Painful black plaque L outer thigh since late March. Bx done 4/16 (6mm punch + incisional wedge from edge).
Path: subcutis w/ calcium-encrusted small/medium vessel walls, intimal hyperplasia, fibrin thrombi; neighbouring septal fat necrotic. Mineral confirmed on von Kossa.
Dx: calciphylaxis (CUA) of L lateral thigh. It arose in the very patch she has needled for insulin since Jan 2020; we think the repeated punctures set it off locally.
Plan: sodium thiosulfate 25g w/ each HD run via nephro; wound RN for dressing plan; no further injections into either thigh; pain team. Wt 98 kg today, no new BMI taken.
"""),
]}

G02 = {"patient_id": "G02", "age": 71, "sex": "M", "notes": [
("2023-01-09", "Inpatient Rehabilitation Admission H&P", """
IRF ADMISSION H&P - Ridgeback Rehabilitation Hospital, 3 North
Reason for admit: debility/deconditioning after 12-day acute stay for PD peritonitis, now resolved.
PMH: ESRD secondary to IgA nephropathy, on CCPD (home cycler, 5 exchanges overnight); pAF - warfarin (goal INR 2-3); chronic mechanical LBP; HTN. Not diabetic (A1c 5.4).
Social: lives w/ wife Dolores, 2-story home, 4 STE.
Function: min A bed mobility, mod A sit-to-stand, amb 20 ft RW w/ CGA.
Skin per admitting RN: painful dark areas on the low back, see wound note. Sacrum intact. Heels intact.
Ht 180 cm, Wt 88.4 kg, BMI 27.3.
Plan: PT/OT/SLP 3 hr/day, 5 days/wk. Continue CCPD nightly w/ renal. Warfarin per pharmacy protocol. Wound consult.
"""),
("2023-01-11", "Physical Therapy Daily Note", """
PT tx note - session 1 of 2 today
Pt limited in supine<>sit by pain "in the back where the bad skin is". Wife at bedside, asked about it; she reports hubby "has been dozing off on that plug-in heating pad nightly since last summer, right across the bottom of his back, on HIGH". She saw the dark patches start "over Thanksgiving, he couldn't sit back in the chair at dinner".
Repositioned side-lying for bed mob training to avoid direct load. Log roll w/ min A. STS x5 from elevated mat, mod A -> min A.
Educated pt/wife: no heating pads in IRF; told wife to unplug it at home.
Will notify MD re: pain limiting tx.
"""),
("2023-01-16", "Wound Care Nurse Consult", """
WOC RN consult
Location: lumbar region, both sides of spine (R paraspinal and L paraspinal), roughly symmetric.
R: 6 x 4 cm, L: 5 x 4 cm. Both w/ adherent black eschar centrally, dusky violaceous borders, surrounding lacy reticulated mottling in a rectangle matching where pt says the heating pad lay. Periwound indurated, stony hard. Exquisite pain on light touch (9/10). Minimal serous drainage.
Not a pressure injury pattern (not over bony prominence, pt sleeps on side). Recommend derm eval for possible calciphylaxis; non-adherent silicone foam, change q3d; no heat, no ice.
"""),
("2023-01-23", "Inpatient Rehabilitation Progress Note", """
IRF Progress Note - Day 15
S: Back pain slowly better on scheduled APAP + low-dose hydromorphone prior to therapy.
Derm bx of the L paraspinal edge (1/17) returned: medial calcification of dermal and subcut arterioles w/ thrombosis, panniculitis - calciphylaxis confirmed. Derm & renal agree exposure to the heating pad across the lumbar skin likely precipitated the lesions on both sides.
Renal/cards: warfarin off, apixaban on. STS 3x/wk started w/ PD adjustment.
Function: amb 150 ft RW SBA, stairs 4 w/ rail min A.
Wt 87.9 kg, BMI 27.1.
Plan: cont program, d/c home w/ wife ~1/30, HH PT/wound RN.
"""),
]}

G03 = {"patient_id": "G03", "age": 63, "sex": "F", "notes": [
("2023-09-05", "Orthotics Clinic - Device Delivery", """
ORTHOTIC DELIVERY NOTE
Dx: R foot drop s/p L MCA CVA (03/2023). Device: R custom solid-ankle AFO, polypropylene, 2 velcro straps (proximal calf strap + ankle strap), padded.
Delivered 09/05/2023. Fit checked in standing and gait; calf strap fastened snugly at upper third of R calf per pt pref ("I like it tight or it slips"). Trim lines ok. Skin R leg intact before donning.
Pt hx relevant per chart: kidney failure, chair-side HD thrice weekly; DM2 managed with linagliptin, no insulin, morbid obesity, wt 115 kg / BMI 42.3 on intake.
Instructed wear schedule 2h on/off first week, skin checks BID, call if redness lasts >30 min after doffing.
"""),
("2023-11-20", "Outpatient Physical Therapy Progress Note", """
Outpt PT re-eval / progress
Pt arrives amb w/ SBQC and R AFO. Reports she has worn the brace "all day every day" since she got it in Sept, usually w/ the top strap cinched hard. Complains of a "burning sore" at the rear of her R calf that started in October and "lately the middle went all crusty and black". Took brace off for 2 days last wk due to pain -> gait worse, 1 fall w/o injury.
Obs: doffed AFO - R posterior-lateral calf, exactly under the proximal strap line: 4 cm purplish-black crust w/ hard, bumpy purple rim and mottled skin streaking downward. Very TTP. Strap line pressure mark visible.
Held gait training; message sent to PM&R and her nephrologist. Advised NOT to use the brace until seen.
Wt on clinic scale 114 kg.
"""),
("2023-12-06", "PM&R Outpatient Follow-up", """
PM&R clinic f/u  Dx: R hemiparesis, foot drop, new R calf wound
Since last PT: seen by derm 11/28, punch bx R calf - path c/w calciphylaxis - arteriolar calcium, thrombi, necrotic fat. On HD (MWF) - nephro adding STS.
Exam: R calf lesion as described, 4.5 x 3 cm, at the proximal AFO strap site. L leg clear.
Assessment: biopsy-proven calciphylaxis, R calf, right where the AFO strap has pressed daily since Sept.
Plan: ortho to remake AFO w/ anterior shell / no proximal posterior strap; temporary PLS w/ foam liner; wheelchair for distance. BMI today 41.8 (113.6 kg). DM2 diet + DPP4, no insulin. No warfarin.
"""),
]}

G04 = {"patient_id": "G04", "age": 66, "sex": "M", "notes": [
("2019-06-14", "Inpatient Rehabilitation Admission H&P", """
Acute Rehab Admit
66M POD3 s/p elective L total knee arthroplasty (06/11/2019, Dr. Pruett, medial parapatellar approach), here for gait and ADL training.
PMH: ESRD on peritoneal dialysis (CAPD x 4 exchanges), DM type 2 on NPH/regular insulin, obesity, OSA, gout.
VTE ppx: warfarin started post-op, target INR 2.0-2.5 x 4-6 wks, then stop.
L knee: dsg clean/dry, staples intact, mild effusion. ROM 5-75.
BMI 33.0 (Wt 104 kg).
Plan: PT/OT BID, CPM not ordered, WBAT LLE, RW. Renal to manage CAPD.
"""),
("2019-10-02", "PM&R Clinic Note", """
Outpatient physiatry
He comes for his 16 wk TKA rehab check. ROM L knee 0-110, quad 4+/5. BUT he is upset about "the scar going bad". States the bottom end of his incision started to hurt and turned purple two months ago, and lately "there's a black crust that won't come off". No fevers. Warfarin completed in July.
Exam: L knee, along distal 4 cm of the healed midline incision: black necrotic eschar 2x1.5cm, plus surrounding stony induration and violaceous net-like discoloration spreading onto the proximal shin. No erythema, no drainage, incision otherwise well healed. R knee nl.
Imp: necrotic lesion in L TKA scar in PD pt w/ DM on insulin - ddx calciphylaxis vs deep infection. ESR/CRP, plain films, urgent ortho + derm.
Wt 102.5 kg, BMI 32.6.
"""),
("2019-10-21", "Orthopaedic Surgery Clinic Letter", """
Dear Dr. Halvorsen,
Thank you for referring Mr. Osei. Joint aspirate was bland and cultures negative; implant stable on films. On 10/9 derm performed incisional bx at the distal scar lesion: subcutaneous arteriolar calcification with occlusive thrombus and necrosis, consistent with calciphylaxis. No prosthetic joint infection.
We agree this has arisen within the surgical wound of his left TKA from June. Plan local wound care only, no debridement into the capsule, renal plans STS alongside PD.
Sincerely, K. Pruett MD, Adult Reconstruction
"""),
]}

G05 = {"patient_id": "G05", "age": 74, "sex": "F", "notes": [
("2024-02-05", "Occupational Therapy Treatment Note", """
OT Tx Note (IRF, 2 West)
Pt: 74F, admitted 1/29 for rehab after R hip hemiarthroplasty. ESRD, HD 3x weekly (tunneled cath R chest). Past warfarin for DVT (finished 2022). No DM.
Incident: during slide-board transfer w/c->mat on Sat 2/3 pt caught the R forearm on the w/c armrest brake lever -> 3 cm flap skin tear, dorsal R forearm, mid-shaft. Steri-strips + silicone dressing applied by RN. Reviewed today, edges approximated, no bleeding.
Session: UB dressing set-up, LB dressing w/ reacher/sock aide min A. Padded armrests requested.
Wt 80.6kg -> BMI 30.4 - problem list class 1 obesity.
"""),
("2024-02-20", "Inpatient Rehabilitation Progress Note", """
IRF progress note, hospital day 23
S: "my arm is killing me where I tore it" - pain 7/10 R forearm, worse than the hip.
O: R dorsal forearm: the old skin tear is partly re-epithelialized, but around and within it there is now a retiform violaceous plaque, 4x3cm, its center dusky-black over 1 cm; nursing first charted the purple change on 2/17. Hard and hot-pepper painful to touch. L forearm nl.
Labs: PTH 812, phosphorus 7.1, calcium 9.8.
A: New necrotic retiform plaque where the 2/3 skin tear happened, in an HD patient with poor phosphate control. Considering calciphylaxis vs infected skin tear vs hematoma organizing.
P: derm consult, 2 view XR, hold dressing changes that pull. Pain: APAP sched.
"""),
("2024-02-27", "Dermatology Inpatient Consult Follow-up", """
Derm follow up
R forearm plaque punch (2/22): tiny subcutaneous vessels mineralized + plugged with thrombus, overlying dermis infarcted. Dx calciphylaxis. Location corresponds to her recent traumatic skin tear (trauma-induced / Koebner-type).
Rec: STS w/ HD, cinacalcet per renal, gentle non-adherent dressing, avoid tape on skin. Recheck 2 wks.
Wt 78.9kg / BMI 29.6 - losing on renal diet; obesity remains on problem list.
"""),
]}

G06 = {"patient_id": "G06", "age": 59, "sex": "M", "notes": [
("2025-03-02", "Inpatient Rehabilitation Admission H&P", """
IRF H&P - SCI unit
59M w/ incomplete T10 SCI (AIS C) after fall from ladder 2/14, s/p T9-T11 posterior fusion. Transferred to rehab today 03/02/2025.
PMH: ESRD on hemodialysis T/Th/Sat, T2DM on insulin (glargine + correction scale), HTN, obesity.
Meds incl: enoxaparin 30mg subQ qday (renal dose) as DVT prophylaxis. Abd wall avoided for injections because of TLSO and fresh surgical drain sites -> nursing to give into posterior upper arms, alternating sides.
Wt 121kg; BMI 38.9.
Plan: PT/OT 3h/d, bowel/bladder program, TLSO when OOB.
"""),
("2025-03-09", "Nursing Shift Note", """
RN 0700-1900
Lovenox 30 mg SC given 0900 to L posterior upper arm (R used yesterday). Pt states both upper arms are "sore where you guys stick me". Small hard nodules palpable bilateral posterior upper arms w/ faint purple tint. MD aware.
Glargine 24 u given SC 2100 prev night per MAR.
Turned q2h, skin otherwise intact, sacrum blanchable.
"""),
("2025-03-19", "Inpatient Rehabilitation Progress Note", """
IRF PN
Painful dusky lesions both posterior upper arms x 10 days, now with central black necrosis, R 3 cm, L 2.5 cm, w/ surrounding purple lattice-like discoloration and woody induration. Both sit in the zone used for his SC enoxaparin since admission. Pain limits w/c propulsion and push-ups for pressure relief.
A/P: retiform purpura w/ necrosis in ESRD pt at injection sites - strongly suspect calciphylaxis. Stop SC enoxaparin -> heparin IV w/ HD? discussed w/ renal, switch to apixaban. Derm consult for bx.
"""),
("2025-03-27", "Inpatient Rehabilitation Progress Note", """
IRF PN, day 25
Derm bx L posterior upper arm 3/21: mural calcium in little dermal/subcut vessels, luminal thrombi, fat necrosis. Calciphylaxis, biopsy proven, both arms clinically the same process, at his lovenox injection sites.
STS started w/ HD, pain better on scheduled hydromorphone. Insulin now into abdomen since drains removed.
Function: w/c mod I level surfaces, transfers slide board SBA.
Wt 119 kg (BMI 38.3).
"""),
]}

G07 = {"patient_id": "G07", "age": 52, "sex": "F", "notes": [
("2020-06-01", "Outpatient Physical Therapy Initial Evaluation", """
PT Initial Eval - shoulder
Dx: L rotator cuff tendinopathy / partial thickness supraspinatus tear (MRI 5/2020). Referred by PM&R.
Pt reports since Memorial Day she has been icing the L shoulder "4 or 5 times a day, 30 min, frozen gel pack right against bare skin, says a towel just slips off".
PMH: CKD stage 5 -> started home HD? (pt unsure of name) - per chart: ESRD, in-center HD since 2019. Has a mechanical MVR - takes warfarin. Not diabetic.
Height 160, weight 76.8 (kg), BMI calc'd at 30.0.
Obj: AROM flex 120, abd 95, pain arc 70-110. Neer/Hawkins +.
Plan: 2x/wk x 6 wks, scapular stab, isometrics. Educated: cold pack max 15-20 min w/ barrier.
"""),
("2020-07-06", "PM&R Clinic Note", """
Physiatry f/u, L shoulder
Shoulder pain a bit better w/ PT BUT new "black patches" over the top and front of the L shoulder since mid-June, excruciating, cannot wear a bra strap on that side. Admits she kept putting the ice straight on skin, several times daily.
Exam: L anterolateral shoulder / deltoid region: two stellate purpuric plaques (3 cm, 2 cm), early black eschar, livedo around. Painful to palpate. R shoulder clear.
Imp: painful necrotic plaques at the site of repeated direct cold application, in HD pt on warfarin whose Ca-Phos product runs high. Concern for calciphylaxis; ddx frostbite/cold injury, warfarin necrosis.
Plan: stop all icing, derm urgent, hold PT on L UE.
"""),
("2020-07-15", "Dermatology Consult", """
Derm consult.
Deep incisional bx L shoulder 7/8: subcutaneous small vessels calcified, thrombi, fat lobules necrotic. Diagnosis: calciphylaxis.
Comment: lesions confined to the area of daily frozen gel pack use since late May; likely cold trauma as local trigger. Warfarin to be changed (valve - cards to decide, may need to continue w/ caution).
Wt 76 kg.
"""),
]}

PATIENTS = [G01, G02, G03, G04, G05, G06, G07]
