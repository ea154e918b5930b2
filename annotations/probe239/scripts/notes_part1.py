"""probe239 corpus notes, S01-S07 (hospitalist H&Ps, copy-forward progress notes, consult
requests and the derm/renal/wound notes around them; all people, places and wording invented)."""

S01 = {"patient_id": "S01", "age": 67, "sex": "F", "notes": [
("2024-02-26", "Hospitalist Admission H&P", """
HOSPITAL MEDICINE ADMISSION H&P - Larkspur Valley Med Ctr, 5 West
DOS: 2/26/2024

CC: "I feel like I'm drowning at night"
HPI: 67F w/ ESRD on HD TuThSa via L brachiocephalic AVF who missed Sat and Tue runs (ride fell
through), now ~4 kg above EDW w/ 2 nights of orthopnea. Denies CP/fever.
PMH: ESRD (diabetic kidney dz); DM2 managed w/ linagliptin alone (insulin never started); HTN; CAD, stent 2019; L inguinal hernia repair 2010.
Home meds: linagliptin, sevelamer, amlodipine, ASA 81. No anticoagulant.
Exam: BP 182/94, SpO2 91% on 2L. 88.0kg, BMI 33.5. Bibasilar crackles, 2+ pitting edema up to the knees bilat. Skin: warm/dry, nothing open.
A/P:
#Vol overload / missed HD - emergent HD tonight, renal aware.
#DM2 - cont linagliptin, no SSI needed.
#DVT prophylaxis - SQ heparin 5k q8h; pt wants the shots in her R lower abdomen (says the L groin
still "pulls" since the hernia op).
Code: full. Dispo: TBD.
"""),
("2024-03-06", "Hospitalist Progress Note", """
HOSPITALIST PROGRESS NOTE - HD#10

Interval: stay prolonged by HCAP (cefepime renally dosed, D6). Afebrile x48h. Overnight RN Mireille
paged - pt reports a new, exquisitely tender purple patch R lower abdomen, first noticed this AM
while washing; "right where they stick me with the blood thinner shots."
S: 9/10 pain at that spot, out of proportion to how it looks.
O: T 36.8, BP 148/80, wt 84.6 kg. RLQ: ~3x4cm firm violaceous plaque, dusky stellate
center, no fluctuance; a few older injection bruises around it.
A/P (copied fwd, updated):
#Vol overload / missed HD - resolved, at EDW, HD TTS.
#HCAP - cefepime D6/7.
#DM2 - linagliptin.
#VTE ppx - SC heparin q8h since admit 2/26; move sticks to upper arms until derm weighs in.
#NEW RLQ plaque - ddx calciphylaxis vs heparin skin necrosis vs hematoma. Derm consult placed;
plts, HIT ab sent.
"""),
("2024-03-11", "Dermatology Consult Note", """
DERMATOLOGY INPATIENT CONSULT - follow-up
Requesting svc: Hospital Medicine (Dr. Oyelaran) - "new painful purple plaque at heparin sites"

Hx: 67F ESRD/HD. R lower abdominal plaque since 3/6/24 and enlarging. SC heparin went into that
quadrant from 2/26 through 3/6; now given in the arms.
Punch bx RLQ (3/7): small-vessel calcification within the subcutaneous fat w/ fibrin thrombi and
lobular panniculitis, von Kossa positive. HIT antibody negative.
Exam: now 6x5cm, central eschar forming, livedoid rim. Left abdomen, thighs and
arms spared.
Imp: tissue-proven calcific uremic arteriolopathy (calciphylaxis), arising within the
heparin injection field of the R lower abdomen.
Recs: nothing further injected into abdominal skin; Na thiosulfate (25g) with every dialysis
(renal agrees); wound care consult; pain svc.
Wt 86 kg (BMI 32.9).
"""),
]}

S02 = {"patient_id": "S02", "age": 58, "sex": "F", "notes": [
("2023-01-17", "Hospitalist Admission H&P", """
ADMISSION HISTORY & PHYSICAL -- Hospitalist service, Marrow Creek Regional
17-Jan-2023

CC: painful black sore L arm
HPI: 58yo woman; kidney failure managed w/ home APD overnight (ESRD, started 2020); insulin-requiring DM2; AF - takes warfarin. ~2 wks ago she noted a hard, sore, purplish knot over her L triceps area (posterior upper arm); it has since darkened
to a black crust and the pain keeps her awake. PCP gave cephalexin x5d w/o change. Since switching
to insulin pens in August 2022 she has injected glargine + lispro into both arms, back side, between shoulder and elbow
("the PD line takes up my stomach").
PMH: + HTN, OSA.
Meds: glargine 28u qhs, lispro SSI, warfarin 5mg daily - INR today 2.6, calcitriol, sevelamer.
Exam: BMI 36.4. L posterior upper arm: 5x3cm eschar (black), violaceous indurated border, very TTP.
R arm: tiny pen marks only. PD catheter exit: no crusting.
A/P: #L arm eschar - ?calciphylaxis vs necrotizing infxn vs warfarin necrosis. Vanc (PD dosing),
plain film for gas, derm consult.
"""),
("2023-01-19", "Hospitalist Progress Note", """
Hospitalist Daily Progress Note (day 3 of stay)
S: reports pain a bit better on hydromorphone 0.2 mg q4h prn. No fever, no chills.
O: afebrile, VSS. L posterior arm eschar unchanged 5 x 3 cm, no crepitus; XR w/o soft tissue gas.
Skin: see above.
Labs: iPTH 812 | INR 2.4 | phos 7.1 | corrected Ca 9.8.
A/P (carried fwd):
#L arm eschar - ?calciphylaxis; derm took 2 punch bx today. Vanc stopped, wound cx no growth.
#ESRD on PD - cycler nightly, renal following.
#DM2 on insulin - glargine 28u; pt to inject into thighs only while here (per derm).
#AF - warfarin held pending path; rate ok on metoprolol.
#OSA - home CPAP.
"""),
("2023-01-24", "Dermatology Consult Follow-up", """
Derm f/u - inpatient, Marrow Creek

Path (bx 01/19/2023): subcutaneous arterioles w/ mural calcium, intimal hyperplasia, thrombosis; consistent with calciphylaxis.
Pt confirms the lesion began roughly the first week of January, in the very area behind the L arm where her pen needles have gone for months. Nothing on the R arm.
Imp: calciphylaxis - L posterior upper arm, squarely in her insulin injection zone.
Recs: STS three times weekly via nephrology (IV, as she is a PD pt); stop warfarin for good -
cardiology to pick a DOAC; switch insulin sites to thighs, arms off-limits; pain regimen per
primary; wound RN for dressings.
"""),
]}

S03 = {"patient_id": "S03", "age": 72, "sex": "M", "notes": [
("2022-12-19", "Hospitalist Admission H&P", """
H&P - Hospital Medicine, Saint Brendan's of Ardmoor     12/19/22

CC: R ankle wound, pain
HPI: 72M, dialysis-dependent (MWF, R RC fistula), gout, AF on apixaban. A gout flare in the R ankle
began around Thanksgiving; he took colchicine and, from Thanksgiving on, held ice packs, bundled in a kitchen towel, against the outer R ankle several times a day. ~10 days ago a dusky, exquisitely painful patch arose on the R lateral malleolus; it has since ulcerated, base now black.
PMH: ESRD (IgA nephropathy), HTN, AF, gout. Not diabetic - A1c 5.3% (11/2022). Never on Coumadin.
Exam: BMI 27.9. R lat malleolus: 2.5x2cm ulcer, black eschar, violaceous rim, tender; DP 1+.
A/P:
#R ankle ulcer - r/o osteo (MRI), r/o calciphylaxis (derm). No more ice.
#ESRD - HD tomorrow.
#AF - apixaban 2.5 bid.
"""),
("2022-12-21", "Hospitalist Progress Note", """
PROGRESS NOTE   HD#3
Interval: MRI R ankle - no osteomyelitis, soft tissue edema only. ABI noncompressible. Derm punch bx
12/20 at ulcer edge.
S: "feels like the bone is on fire."
O: VSS. R lateral malleolar ulcer unchanged. No new skin lesions.
A/P (copy fwd):
#R ankle ulcer - r/o calciphylaxis, bx pending. Wound RN: vaseline gauze, secured w/ a wrap (no adhesive). Ice
stopped.
#Gout - colchicine renally dosed; flare settled.
#ESRD - HD MWF. Phos 6.8 -> binder increased.
#AF - apixaban 2.5 bid.
"""),
("2022-12-27", "Discharge Summary", """
DISCHARGE SUMMARY
Admit 12/19/2022   Discharge 12/27/2022

Dx: Calciphylaxis, R lateral ankle (bx 12/20 - calcium in subcut arteriolar walls, von Kossa stain +).
Course: admitted w/ a painful R ankle ulcer that began about 12/9. Osteomyelitis excluded by MRI.
Derm judged the ice held over that ankle daily since Thanksgiving (11/24/22) a likely local
trigger - repeated cold injury at the exact spot.
Sodium thiosulfate started with HD. Analgesia: gabapentin 100mg after dialysis + prn oxycodone.
Instructions: avoid applying cold or warm packs to legs/feet; wound clinic 1/3/2023.
Meds: apixaban continued. Not on insulin, no warfarin.
"""),
]}

S04 = {"patient_id": "S04", "age": 63, "sex": "M", "notes": [
("2025-06-02", "Hospitalist Admission H&P", """
ADMISSION H&P - Hospitalist / Stepdown 4B, Kestrel Point Hospital      June 2, 2025

CC: melena, lightheaded
HPI: 63M; ESRD on MWF dialysis; DM2 requiring insulin; morbid obesity, hx LV thrombus (warfarin 2015-2017, discontinued when he bled from the gut). 2 days of black stools; Hgb 6.4 (baseline 9).
Meds: insulin glargine 30 u qhs (abdomen), lispro with meals, sevelamer, cinacalcet, pantoprazole.
Exam: HR 108, BP 98/60. Wt 131kg (BMI 41.2). Pale. Abd soft, NT. Legs: trace edema, skin intact on
both calves.
A/P:
#UGIB - transfuse 2u, pantoprazole infusion, GI scoping in AM.
#VTE ppx - no heparin (active bleed). SCDs to both calves, to stay on whenever in bed.
#ESRD - HD tomorrow without heparin.
#DM2 - glargine cut to 20 u, SSI.
"""),
("2025-06-10", "Hospitalist Progress Note", """
HOSPITALIST PROGRESS NOTE - day 9
Interval: EGD 6/3 - bleeding duodenal ulcer, clipped. Hgb steady 8.2-8.6. Slow to mobilize, mostly
bed/chair; PT following.
O: afebrile, BP 126/74, wt 129.5 kg.
Skin: intact (unchanged from admission).
A/P (carried forward):
#UGIB - PPI bid, advance diet.
#VTE ppx - still no heparin per GI; SCD sleeves on both calves continuously since 6/2, verified on
today.
#ESRD - HD MWF, renal following, phos 7.4.
#DM2 - glargine 20 u, BG 140-190.
#Dispo - SNF search.
"""),
("2025-06-19", "Hospitalist Progress Note", """
HOSPITALIST PROGRESS NOTE - day 18
Interval: RN Tobias reports purple lacy patches on BOTH calves, first seen 3 days ago at an SCD
change; pt says they burn. Still waiting on SNF bed.
O: wt 128.9 kg (BMI 40.6). Bilat posterior calves: reticulated violaceous patches w/ firm dusky
central plaques, L>R, largest 7 cm on L; the pattern follows the sleeve outline. Pulses by doppler.
Skin: intact (unchanged from admission).  <- stale, see above
A/P (carried forward, updated):
#NEW bilat calf retiform purpura - concern for calciphylaxis; cellulitis or emboli less likely. SCDs off.
Derm consult requested, d/w renal.
#UGIB - PPI bid.
#ESRD - HD MWF.
#DM2 - glargine 20 u.
"""),
("2025-06-24", "Dermatology Consult Note", """
DERMATOLOGY CONSULT
Reason (per hospitalist request): "new retiform purpura bilat calves after 2+ wks of continuous SCDs,
?calciphylaxis"
Findings: plaques on both calves, early eschar on the L. Telescoping punch bx L posterior calf 6/20:
subcut microvessels w/ medial calcific deposits + occlusive thrombi, calcium lining fat lobules -> diagnostic.
Impression: bilateral calf calciphylaxis, onset 6/16/2025, in the footprint of the compression
sleeves worn day and night since 6/2/2025; sustained external pressure is the likeliest local
trigger.
Recs: no SCDs or compression wraps; STS with HD; wound care. Warfarin: none since 2017, nothing to
stop.
"""),
]}

S05 = {"patient_id": "S05", "age": 69, "sex": "M", "notes": [
("2021-09-03", "Hospitalist Admission H&P", """
Hospital Medicine Admission Note
Date: 09/03/2021      Unit: 6 Med-Surg, Wrenfield Memorial

CC: can't pee, lower belly pain
HPI: 69 y/o M w/ ESRD, started in-center HD 8/2021 (still makes ~600 mL urine/day), DM2 on insulin,
BPH. 18h of retention, bladder scan 1100 mL. 16 Fr Foley placed in ED today; tubing secured with
cloth tape to the R inner thigh.
PMH: DM2 (A1c 8.9), BPH, HTN.
Meds: insulin detemir 18 u bid, tamsulosin, sevelamer.
Exam: Ht 175 cm, Wt 90.6 kg, BMI 29.6 (overweight). Suprapubic fullness gone after Foley. Skin of
the legs intact.
A/P:
#Urinary retention / BPH - Foley, tamsulosin, urology for TOV.
#ESRD - HD TTS; temporary access (tunneled, R IJ) until the L arm fistula can be needled.
#DM2 - detemir, SSI.
#VTE - heparin SC 5000 q12h (arms).
"""),
("2021-09-16", "Hospitalist Progress Note", """
Progress Note - Hospitalist    HD#14
Interval: failed TOV x2 (9/8, 9/14); urology plans TURP once optimized. Foley stays, still taped to
the R inner thigh; nursing changes the tape q3 days.
S: no complaints, wants to go home.
O: VSS. Foley draining clear. Wt 89.9 kg.
Skin: legs intact (copied from 9/3).
A/P (cf):
#Urinary retention - Foley to gravity; TURP inpt vs outpt.
#ESRD - HD TTS.
#DM2 - detemir 18 u bid.
#VTE - heparin SC 5000 q12h (arms).
#Dispo - awaiting urology.
"""),
("2021-09-27", "Consult Request - Dermatology", """
INPATIENT CONSULT REQUEST - DERMATOLOGY
From: Hospitalist (Dr. Vantongeren), 6 Med-Surg      Sept 27 2021

Question: painful necrotic plaque R medial thigh - calciphylaxis?
Background: 69M ESRD on HD (new start 8/2021), DM2 on insulin, Foley since 9/3 for BPH retention;
the catheter has been anchored with tape to the R inner thigh since that day.
2 days ago nursing saw a purple, very tender area directly beneath the tape strip; today a 4x6cm firm plum-colored plaque, eschar in the middle, lacy edge. Anchor moved to the
L thigh (adhesive-free strap).
No lesions elsewhere. Ca 9.5 / PO4 8.0 / iPTH 1140.
Please eval +/- biopsy. Urgency: today.
"""),
("2021-10-04", "Discharge Summary", """
DISCHARGE SUMMARY - Hospital Medicine
Admitted 9/3/21, discharged 10/4/21 to Glenhollow SNF.

Principal dx: urinary retention (BPH), s/p TURP 9/30.
Secondary: calciphylaxis, R medial thigh - derm punch bx 9/28: mural calcium and thrombus in small fat vessels. Lesion began 9/25 beneath the Foley securing tape, which had been on that
skin since 9/3; derm felt the repeated adhesive stripping was the local injury.
Foley out 10/1, voiding. Thiosulfate 25g each dialysis, from 9/29.
Renal: ESRD, HD T/Th/S unchanged. Diabetes: detemir (insulin).
Wt 89.1 kg, BMI 29.1.
Appointments: wound clinic ~1 wk out; derm 14 d; urology 3 wk.
"""),
]}

S06 = {"patient_id": "S06", "age": 54, "sex": "F", "notes": [
("2023-10-24", "Hospitalist Admission H&P", """
ADMISSION H&P      Hospitalist      Oct 24, 2023
Beckett Falls Community Hospital

CC: L leg sore getting worse
HPI: 54F, mechanical MVR (2011) anticoagulated with warfarin, CKD 3a (creat 1.4 / eGFR 46; no dialysis) and obesity, who on Labor Day whacked her L shin against the door sill getting into her sedan. Small scrape, healed with
bandaids in about a week. In early October a purple, rock-hard, very painful area came up over
that same part of the L shin; turning black in the 10 days since. Urgent care treated it as
cellulitis (doxycycline) without benefit.
No diabetes.
Meds: warfarin 7.5 mg, metoprolol, furosemide 40.
Exam: BMI 38.0. L anterior mid-shin: 4x4cm eschar, violaceous stellate border, exquisitely
TTP. R leg normal.
Labs: albumin 2.9; INR 3.4 - above goal; serum calcium 10.1, phosphorus 4.0.
A/P: #Necrotic L shin ulcer - ddx: nonuremic calciphylaxis, warfarin skin necrosis, vasculitis.
Derm consult.
"""),
("2023-10-26", "Consult Request - Dermatology", """
CONSULT REQUEST -> Dermatology
Requesting: Hospital Medicine, 3 East     Date: 10/26/2023     Priority: routine, inpatient

Reason: necrotic plaque L shin; chronic warfarin + CKD 3a - ?nonuremic calciphylaxis (vs coumadin necrosis) - requesting biopsy.
Pertinent hx: blunt injury to the L anterior shin from a car door on 9/4/23 (Labor Day); the
lesion sits at the same place and dates from early Oct.
Current: INR 2.7 after one held dose. Cardiology: valve needs uninterrupted anticoagulation -
heparin gtt if warfarin is stopped.
Not diabetic. No dialysis.
Contact: hospitalist pager 4417.
"""),
("2023-10-31", "Hospitalist Progress Note", """
HOSPITALIST PROGRESS NOTE    HD#8
Interval: derm incisional bx 10/27 (L shin) - calcified small/medium vessel walls in dermis and fat, thrombi present, vK stain + -> non-uremic calciphylaxis. Derm relates it
to the car-door injury site.
S: pain 7/10, sleeping better on gabapentin.
O: BMI 37.6. L shin eschar stable, no spreading redness.
A/P (copy forward, updated):
#Non-uremic calciphylaxis L shin - bx-confirmed. IV STS 3x/wk; wound care q2d; hyperbaric O2
referral.
#Mechanical MV - warfarin discontinued 10/28; UFH infusion per pharmacy; cardiology to decide
long-term plan.
#CKD 3a - Cr 1.3, stable.
#Obesity - BMI 37.6.
"""),
]}

S07 = {"patient_id": "S07", "age": 61, "sex": "M", "notes": [
("2021-07-12", "Hospitalist Admission H&P", """
HOSPITALIST H&P            12 July 2021
Tamsin Ridge Hospital

CC: painful R buttock wound
HPI: 61M, ESRD - HD on a T-Th-Sat schedule, L arm fistula, secondary hypogonadism followed by an outside urologist. Gets
testosterone cypionate 200 mg IM q2wk into the R gluteal UOQ - per the faxed clinic record
the first dose was 21.04.2021, always on the right "because the left has the old gunshot scar"
(GSW L buttock 1989). Since mid-June a tender knot at that R buttock spot; it has since opened, black in the middle. Afebrile.
PMH: ESRD (FSGS), HTN, hypogonadism. No DM (HbA1c 5.6). Never anticoagulated.
Exam: BMI in outside notes has run 30-35; today 33.8. R upper outer buttock 3 x 5 cm ulcer with
adherent eschar and violaceous indurated halo. L buttock: old healed scar, no lesion.
A/P: #R buttock ulcer - ?abscess ?calciphylaxis - ultrasound the buttock, derm to see.
"""),
("2021-07-14", "Hospitalist Progress Note", """
Progress note - hospitalist, day 3
Interval: soft tissue US - no drainable collection. Derm did a punch bx R buttock yesterday.
Testosterone on hold.
O: afebrile 36.9; HR 78; BP 151/88. Ulcer unchanged, nothing fluctuant on exam or US. Sitting on his L side.
Skin (copied): L buttock old scar, no lesion.
A/P (cf):
#R buttock ulcer - ?calciphylaxis, bx pending; offload, pressure-redistribution mattress.
#ESRD - HD TTS; Ca x P 68; add cinacalcet.
#Hypogonadism - hold testosterone.
#HTN - amlodipine.
#Dispo - home w/ wife once path is back.
"""),
("2021-07-19", "Discharge Summary", """
DISCHARGE SUMMARY
Adm 07/12/2021 - Dc 07/19/2021

Final diagnosis - R buttock calciphylaxis (punch bx 7/13 - calcified, thrombosed subcut arterioles on vK stain).
Summary: the lesion began mid-June 2021 exactly where his IM testosterone had been going since April; derm and nephrology both regard the repeated injections as the local trigger. Testosterone
discontinued; urology informed.
STS with HD from 7/15. Cinacalcet added. Wound: hydrocolloid to R buttock. Pain: oxycodone 2.5 mg prn, acetaminophen scheduled.
Wt 103 kg, BMI 33.8.
F/u nephrology; derm 2 wks.
"""),
]}

PATIENTS = [S01, S02, S03, S04, S05, S06, S07]
