"""probe153 corpus notes, C01-C07 (rural critical-access hospital, outreach clinics and the
tertiary centre they transfer to; every person, place and sentence invented)."""

C01 = {"patient_id": "C01", "age": 68, "sex": "F", "notes": [
("2019-03-03", "CAH ED Provider Note", """
QUILLBACK COUNTY MEMORIAL HOSP -- EMERGENCY DEPT (critical access, 14 beds)
Ostrander Flats. Provider on call for ED/inpt/clinic today: I. Tollefsrud MD

CC: cough + fevers x4 days
HPI: 68F w/ kidney failure, in-centre HD (M/W/F slot) at the satellite unit across
the parking lot, DM2 on glargine, here w/ wet cough, chills, L sided pleuritic pain. Last run
Fri, unit dry wt 94 kg. No hemoptysis, no leg swelling.
VS: T 38.4 | HR 104 | BP 148/82 | RR 22 | SpO2 91% RA -> 95% on 2 L NC
Wt 95.1 kg, BMI 36.2
Exam: coarse crackles L base. L forearm fistula buzzing nicely. Skin warm, no rash seen.
CXR (my read, telerad overread tomorrow): LLL consolidation.
Labs: WBC 14.8 / Hgb 9.9 / K 5.1 / BUN 58 / Cr 7.9 / lactate 1.6
Imp/Plan: CAP, CURB-65 = 2. Offered transfer to Westmarch, pt declines - wants to stay
near her chair at the unit. Two RNs + myself failed PIV (L arm protected, R arm
scarred from yrs of draws). Ceftriaxone 1 g IM given R gluteal, upper outer quadrant,
14:10, azithro 500 mg PO. Obs bed overnight, 2nd IM dose due in AM, HD unit aware.
"""),
("2019-04-02", "Nephrology Outreach Rounds - Satellite Dialysis", """
OSTRANDER FLATS SATELLITE DIALYSIS -- monthly MD rounds
Nephrology outreach: S. Okonkwo-Reyes MD (drives out 1st Tuesday)

68F, thrice-weekly HD 4 hrs via L FA fistula, EDW 93.5 kg. Runs uneventful.
Interval hx: pneumonia early March, kept overnight at QCMH, got Rocephin IM on 3/3 and
3/4 - both into the R buttock, no IV access that stay - then cefdinir PO.
NEW: very painful spot R buttock - "that's exactly where the shots went". First felt
3 wks ago, a hard bruise-colored knot. Now can't sit on it, rides the whole run tilted to the L.
Exam: R upper outer buttock 6x4cm firm plum-colored plaque w/ lacy dusky border and a
1.5cm black center. Exquisitely TTP. Not fluctuant, not hot.
Labs 3/27 (Ca/P/PTH/Alb): 10.1 / 7.4 / 1286 / 3.3. Hgb 10.4
Meds: sevelamer 1600 each meal; 0.5 mcg calcitriol per run; glargine 30 u qhs,
lisinopril 10, ASA 81. Cinacalcet never filled (cost).
Imp/Plan
1. Necrotic plaque R buttock at the IM injection site - worried this is calciphylaxis
w/ her PTH and phos. Stop calcitriol, cinacalcet thru pt assistance pgm, low phos diet
refresher w/ RD. Westmarch derm referral for bx, msg sent today.
2. Sodium thiosulfate w/ HD to be discussed once tissue dx.
"""),
("2019-04-16", "Tertiary Dermatology Consult", """
WESTMARCH UNIVERSITY MEDICAL CENTER -- DERMATOLOGY CLINIC
Date of service: 04/16/2019. Ref: Dr Okonkwo-Reyes (outreach nephrology)

Reason for referral: ?calciphylaxis R buttock
HPI: 68 y/o woman, hemodialysis for 6 yrs, DM2 on insulin. Got IM ceftriaxone twice into
the R gluteal area 3/3 and 3/4/19 at her local critical access hosp. Pain + discoloration at
that spot from about 3/12. Drove 3 1/2 hrs with her daughter today.
Exam: R superolateral buttock - 7x5cm stellate retiform purpura w/ adherent 2 cm central
eschar, surrounding livedo. Abdomen, thighs and calves clear.
Wt 93.8 kg / BMI 35.8
Procedure: punch x2 (4mm), purpuric border, after lidocaine w/ epi; AlCl,
gelfoam, 1 suture each.
ADDENDUM 4/19: path - von Kossa-black rims of calcium around small arterioles
where dermis meets fat, thick intima, thrombi, fat lobules necrotic.
Impression: calciphylaxis, proven on biopsy, sitting exactly where her IM ceftriaxone
injections went (R buttock).
Plan: thiosulfate (25 g) IV in the 4th hour of each run - orders faxed to the
satellite unit. Calcium-free binder. Wound: hydrogel + foam, off-load R buttock (gel
cushion for the dialysis chair). Pain: hydromorphone 1 mg PO, may repeat q4h.
Going forward no IM or SC injections into buttocks/abdominal fat unless unavoidable.
"""),
]}

C02 = {"patient_id": "C02", "age": 57, "sex": "F", "notes": [
("2022-08-11", "Outreach Nephrology Clinic", """
MERROW SPRINGS OUTREACH CLINIC - NEPHROLOGY (2nd Thurs; telehealth cart + on-site RN)

57F, IgA nephropathy -> kidney failure; on home cycler (CCPD) since 2020. Here for
her monthly PD visit. "Wiped out" for a month, naps after chores. No dyspnea, no abd pain,
effluent clear. Cycler: 4 exchanges, mostly 2.5%, UF around 900 mL/day. Exit site: clean.
PMH: paroxysmal AF on warfarin (INR checks at QCMH lab), HTN, gout. NOT diabetic.
VS: BP 138/76, pulse 72 irreg. Weight 88.0 kg (163 cm tall) - BMI: 33.1 kg/m2
Labs: Hgb 8.4, TSAT 31%, ferritin 540, Ca/P/PTH 9.2/6.1/610, wkly Kt/V 1.9
Imp/Plan:
- Anemia of CKD, iron replete -> start darbepoetin alfa 40 mcg subcut every other wk.
  First dose given here today by RN C. Vantongeren, L anterior thigh, no reaction. Pt
  shown how to self inject; plans to do future doses at home in the front of her
  thighs, switching sides each time.
- CKD-MBD: Ca drifting up, so calcium acetate is stopped; sevelamer 800 mg x2 w/ meals.
- Recheck Hgb in 4 wks at QCMH. RTC 1 mo.
"""),
("2022-09-22", "Home PD RN Visit", """
QCMH HOME DIALYSIS PROGRAM -- RN HOME VISIT
Location: pt's farm, 14 mi S of Merrow Springs on gravel. Husband present.

Cycler set-up watched start to finish - aseptic technique good, hand hygiene correct,
connection w/ mask on. Exit site dry, no redness, dressing changed.
Aranesp: pt has been giving it herself every 2 wks since mid Aug into the front of a
thigh, R one time and L the next; last dose 9/15 in the R thigh. Old spots on both
thighs look fine - no lumps, no redness, no hardness.
Wt 87.6 kg  BP 132/80  ankles 1+ pitting
INR 2.6 this wk on warfarin 5 mg most days, half tab Sundays.
Supplies: enough for 3 wks, order placed. Has generator for power outages - tested.
Plan: continue current Rx. Hgb draw at QCMH next Tues. Pt knows to call for fever,
cloudy bags, belly pain or exit site drainage.
"""),
("2022-12-06", "CAH Clinic Same-Day Visit", """
QCMH CLINIC - same day slot (covering clinic + ED today: A. Benavidez-Hart MD)

CC: "my legs are on fire"
57F on home PD, AF on warfarin. Since Thanksgiving both upper legs ache and burn, now
w/ dark blotches. Can't stand her jeans touching them. Pain 9/10, nights worst.
No fever. Husband drove her in through the snow.
Exam: T 37.1 BP 146/88 HR 88
Anterior thighs, both sides: several firm plum-dark plaques w/ netlike edges; largest on
the R 8x6cm w/ dusky gray center, L one 5x4cm. Very tender. Calves, buttocks,
abdomen spared. Catheter exit site unremarkable.
Labs today: Ca/P 10.3/7.9 | albumin 2.9 | INR 3.1 | WBC 8.2
Imp/Plan: Picture very suggestive of calciphylaxis (PD, warfarin, high phos). Spoke w/
Westmarch derm on call - clinic appt next Wed for bx. Meanwhile no calcium,
binder up, will ask cardiology about coming off warfarin. OxyCODONE IR 2.5mg up to
q6h, #20.
"""),
("2022-12-14", "Tertiary Dermatology Consult", """
WUMC DERMATOLOGY -- NEW PATIENT, urgent slot

HPI: 57 y/o F on CCPD. Painful plaques of both anterior thighs, onset around
Thanksgiving (11/24/22) per pt, steadily worse. Sleeps in recliner.
Current meds: darbepoetin 40 mcg SC q 2 wk, sevelamer 800 mg two tabs thrice daily,
warfarin (INR 2.9 today), metoprolol succinate 50, allopurinol 100.
Exam: bilateral anterior thighs w/ retiform purpura and stellate necrotic plaques R>L,
no ulceration yet. Wt 86.4 kg, BMI 32.6.
Procedure: 4 mm punch times two, one from each thigh, edge of plaque.
Path: calcified arterioles deep in subcutis, lumens thrombosed, fat necrotic
alongside. Diagnostic.
Impression: calcific uremic arteriolopathy, bilateral anterior thighs.
Plan:
1. Warfarin off from today; apixaban 2.5 bid (cardiology on board).
2. STS - nephrology to decide between transition to HD vs intraperitoneal dosing.
3. Wound care w/ QCMH wound RN, nonadherent dressings, no compression.
4. Pain team e-consult.
"""),
]}

C03 = {"patient_id": "C03", "age": 81, "sex": "F", "notes": [
("2020-12-15", "Outreach Clinic Visit", """
PIKE HOLLOW OUTREACH CLINIC (grange hall, 1st + 3rd Tues) -- M. Quist PA-C

81 y/o F for f/u HTN + AF. Dialysis pt, rides the county van to Ostrander Flats MWF.
House is drafty; since the fall she sits every evening in her recliner w/ her feet up
on a stool right in front of the woodstove - "toasting my shins" she says.
ROS: no CP, no falls, no bleeding.
VS: BP 158/70, P 64 irreg, Wt 61.2 kg, BMI 28.4
Skin: both shins w/ reticulated red-brown mottling, warm, no blisters or breaks
- erythema ab igne.
DM2 - diet alone, A1c 6.4. No insulin ever.
Meds: warfarin 3 mg (INR 2.4 drawn at dialysis), metoprolol 25 bid, sevelamer, renal vit.
Plan:
1. Erythema ab igne both shins from the stove. Told her to pull the recliner back a
few feet / use a blanket instead. Dtr to check on her.
2. HTN above goal - no change, dialysis unit to adjust dry wt.
3. AF rate controlled on warfarin.
"""),
("2021-02-09", "CAH ED Provider Note", """
QCMH ED -- D. Haile-Lund FNP (single coverage)
Pt brought by county van driver straight from dialysis; unit RN saw a black scab on
her L calf and pt crying w/ pain.
HPI: 81F on HD. Says the L calf spot began in January as a purple "blood blister" and
went black. Still sits by the woodstove most nights, L leg nearest the firebox.
No fall. No fever.
VS 36.6 / 78 / 170/74 / 96%
Exam: L lateral calf 5x3cm black eschar ringed by violaceous livedo, sitting inside
the mottled heat-rash zone. R shin mottled, intact. Pedal pulses dopplerable.
Labs: INR 3.4; Ca/P 9.7/6.9; Alb 3.0; WBC 9.1
Imp/Plan: Necrotic ulcer L calf - could be calciphylaxis, warfarin necrosis or a deep
thermal burn. Needs bx + derm. Called Westmarch transfer center, accepted by hospitalist;
ground ALS (fixed wing grounded, icing). Warfarin held. Oxycodone 2.5 for pain.
"""),
("2021-02-12", "Tertiary Hospital Medicine Progress Note", """
WESTMARCH UNIVERSITY MEDICAL CENTER - HOSPITAL MEDICINE, HD #3
81F transferred from Quillback County for L calf eschar.
Derm punch bx L lateral calf 2/10: arteriolar medial calcium in the subcutis, fibrin
clot in lumens, septal panniculitis (von Kossa +).
DIAGNOSIS: L lateral calf calciphylaxis, onset January 2021, arising within her
erythema ab igne - chronic heat from the woodstove to the legs is the likely local
trigger (Koebner pattern), per derm and I agree.
Vitals stable. Body mass index 27.9.
Plan:
- thiosulfate IV, 25 g, w/ each HD while here, continue at Ostrander Flats unit after d/c
- warfarin done for good; on apixaban 2.5 bid
- wound RN: calcium alginate + foam; no debridement now
- SW: dtr will move her chair, and is arranging a space heater w/ auto shut-off
- d/c back home w/ home health in 2-3 days if pain controlled
"""),
]}

C04 = {"patient_id": "C04", "age": 49, "sex": "F", "notes": [
("2023-03-20", "CAH Acute Care Progress Note", """
QCMH ACUTE BED - DAILY PROGRESS, hospital day 2 -- D. Haile-Lund FNP

49F, type 1 diabetic since age 11, c/b gastroparesis + retinopathy, on hemodialysis
Tue/Thu/Sat (R upper arm graft), admitted w/ intractable N/V and mild ketosis (AG 16,
BHB 2.1).
S: No emesis overnight. Sipping broth. Crampy epigastric pain 4/10.
Tells me she has been putting a rubber hot water bottle, filled from the kettle, on her
stomach most nights since the beginning of March for the cramps.
Insulin: pens into her upper arms and thighs, never the belly ("don't like the feel").
O: afebrile 36.9, P 92, BP 122/68, RR 16. 70.4 kg, 160 cm tall (BMI 27.5)
Abd: soft, mild epigastric TTP, no guarding. Faint reddish-brown lacy discolouration
over the upper abdomen.
Labs: glucose 212, HCO3 21, AG 12, K 4.9, Phos 6.8, Ca 9.0
Plan:
1. Gastroparesis flare - metoclopramide 5 mg AC (renal dose), small low-fat meals.
2. T1DM - glargine 12 u + lispro scale.
3. ESRD - HD tomorrow at the unit.
4. Skin over upper abd - advised to go easy on the hot water bottle.
"""),
("2023-05-09", "Rural Health Clinic Visit", """
DUNLAVY RURAL HEALTH CLINIC -- M. Quist PA-C

S: 49F T1DM, dialysis dependent. Hard, purple, really painful patches on her upper
abdomen x 2 wks. Still using the hot water bottle most nights - "only thing that settles
the cramps". Not sleeeping. No fever. Insulin site rotation unchanged (arms, thighs).
O: BP 134/72 HR 86 T 36.8. Wt 69.8 kg
Epigastrium, just above the umbilicus: two indurated plum-colored plaques, 4 and 6 cm,
livedo at the margins; the smaller has a dusky gray center. Hurts even w/ the
stethoscope resting on it. No drainage.
Last unit labs (5/2) Ca/P/PTH/Alb 9.9 / 7.2 / 940 / 3.1
Plan:
- Painful indurated plaques upper abd: r/o calciphylaxis. Urgent referral Westmarch derm
  (next Thurs). Stop the hot water bottle.
- Msg to nephrology outreach re PTH/phos - cinacalcet?
- Pain: APAP 1 g q8h, oxycodone 2.5 mg at bedtime prn #10.
"""),
("2023-05-18", "Tertiary Dermatology Consult", """
WUMC DERMATOLOGY -- CONSULT
Ref by Dunlavy RHC for painful upper abdominal plaques, ~3 wks.
49 y/o woman, type 1 diabetes on basal/bolus insulin, in-center hemodialysis,
gastroparesis.
Social: lives w/ her mother on a ranch 40 min from Ostrander Flats. Never smoked.
Exam: epigastric abdomen w/ two firm retiform purpuric plaques (3.8 and 6.2 cm), one
w/ early central necrosis; no other skin lesions. Wt 69.1 kg, BMI 27.0.
Procedure: 6 mm incisional wedge from the larger plaque margin, 2 sutures.
Path: small fat vessels ringed w/ calcium, occlusive thrombi,
necrotic adipocytes.
Impression: calciphylaxis, epigastric abdomen - confirmed on tissue.
Plan: STS with HD (letter to unit), cinacalcet 30 mg daily, sevelamer to replace the
calcium carbonate, wound care w/ hydrogel + bordered foam, pain plan w/ PCP.
"""),
]}

C05 = {"patient_id": "C05", "age": 72, "sex": "M", "notes": [
("2017-06-12", "Tertiary Spine / Orthotics Clinic", """
WESTMARCH UNIVERSITY MEDICAL CENTER -- SPINE CLINIC + ORTHOTICS, 06/12/2017
72 yo M rancher near Ostrander Flats. T12 osteoporotic compression fx (~30% loss of
height) after heaving a saddle onto the tack rail 5/30. Neuro intact.
Plan non-op. Custom TLSO fitted today by orthotist (anterior shell, lateral panels).
Fit check: R lateral panel edge rides at the R flank a finger's width over the iliac
crest, mild blanching there -> trimmed once, still snug. Wear whenever upright x 12 wks.
Daily skin checks - lives alone since wife passed; dtr checks in weekly.
PMH: PE 2016 on warfarin indefinitely, DM2 on metformin, obesity (BMI 38.4),
CKD stage 3a (Cr 1.5, eGFR 47), HTN. Not on dialysis.
Meds: warfarin 6 mg, metformin 500 bid, amlodipine 10, alendronate to start after
dental check, calcium + vit D.
F/u: upright x-ray at QCMH in 6 wks, telehealth w/ spine NP.
"""),
("2017-08-01", "CAH Clinic Visit", """
QCMH CLINIC -- I. Tollefsrud MD
S: 72M in TLSO for T12 fx. Painful dark patch on his R side since mid-July, "right where
the brace digs in". Wears it all day as told. No fever. Sleeping in the recliner.
O: BP 142/80 HR 70 T 36.7. Wt 117 kg.
R flank at the lateral panel line: 7x4cm indurated livid purple plaque, retiform
margin, 1 cm central black crust. Not warm, no pus. Brace panel edge worn rough.
Labs: Cr 1.6 (eGFR 44), Ca/P/PTH 10.4/4.6/88, Alb 3.0, INR 2.8
Plan:
1. R flank - necrotic plaque. ?calciphylaxis (non-uremic: warfarin, obesity, low albumin)
   vs device-related pressure injury. Padded the panel w/ foam today. Urgent derm at
   Westmarch, pt willing to make the drive.
2. Warfarin - keep for now, d/w derm.
3. Stopped calcium tabs.
"""),
("2017-08-10", "Tertiary Dermatology Consult", """
WUMC DERMATOLOGY CONSULT - 08/10/2017
72 y/o M, PE on warfarin, DM2, obesity, CKD 3a, osteoporotic T12 fx in a TLSO since 6/12.
R flank plaque from mid-July.
Exam: R flank, directly under the lateral TLSO panel, 8x5cm retiform purpura around a
central eschar; no other lesions. Wt 116.2 kg, BMI 37.9.
Bx today (deep incisional, R flank): medial calcium + clot in small subcut arteries,
calcium also free in the fat, von Kossa +.
Impression: non-uremic calciphylaxis, R flank, under the brace - chronic TLSO pressure
acting as the local trigger.
Plan:
- stop warfarin; rivaroxaban per PCP/heme (CrCl ok)
- sodium thiosulfate 25 g x3/wk, QCMH infusion chair, by PIV
- orthotist to re-cut R panel, window over the lesion
- hold alendronate; nonadherent dressing, leave eschar alone for now
"""),
]}

C06 = {"patient_id": "C06", "age": 63, "sex": "M", "notes": [
("2024-05-07", "Outreach Clinic Visit - Skin Check", """
MERROW SPRINGS OUTREACH CLINIC - A. Benavidez-Hart MD
Visit type: skin check (wife's request), chronic dz f/u

63 yo M wheat farmer. Dialyzes M-W-F (R forearm fistula); DM2 on NPH insulin 24 u bid.
Lots of sun, rarely a hat.
Findings: L posterior upper arm 6 mm pearly papule w/ fine telangiectasia - r/o BCC.
Several SKs on back; rough AKs on scalp x 6.
Procedure: shave biopsy, L posterior upper arm lesion. Consent signed. 1% lido w/ epi,
flexible blade, AlCl for hemostasis, petrolatum + bandage. Specimen to Westmarch path.
LN2 cryo to the 6 scalp AKs, 2 freeze-thaw cycles.
VS: BP 150/86, HR 80, wt 93.5 kg, BMI 29.6 - overweight range
Plan: r/o BCC L arm - will call w/ path. Sun protection talk. DM: A1c 7.8, same dose.
"""),
("2024-07-10", "Dialysis Unit RN Note", """
OSTRANDER FLATS SATELLITE DIALYSIS -- RN NOTE, chair 4
Pre-tx: wt 94.1 kg (EDW 92.0), BP 162/88, HR 84, afebrile. R FA fistula: thrill/bruit +,
cannulated 15g x2 on first try.
Rolled up his sleeve: sore on his L upper arm at the spot "they shaved the
bump off" in May (path came back irritated seborrheic keratosis, not cancer). Says it
started 1 mo ago as a purple ring, now the center is black. Pain 7/10, nights
are worst.
Assessment: L posterior upper arm - 3cm black eschar, violaceous indurated halo,
no drainage, no odor. Photo to chart.
Labs last wk Ca/P/PTH/Alb 9.8/8.1/1410/3.4
Notified Dr Okonkwo-Reyes by phone -> she is concerned for calciphylaxis, wants derm at
Westmarch ASAP; referral sent. Dressed w/ nonadherent pad. Tx completed, 3.0 L UF.
"""),
("2024-07-22", "Tertiary Dermatology Consult", """
WUMC DERMATOLOGY
63M, dialysis-dependent, DM2 on insulin. Referred for L upper arm eschar.
History: shave bx L posterior upper arm 5/7/24 at an outreach clinic (irritated SK);
new pain and discoloration at the healed site from June 2024.
Exam: 3.5cm adherent eschar, L posterior upper arm, over the old shave scar, rim of
retiform purpura and induration ~2 cm wide. No other lesions. BMI 29.2.
Procedure: 5 mm punch at the purpuric edge.
Path: subcutaneous arterioles encrusted w/ calcium, thrombi; necrotic fat around.
Impression: calciphylaxis arising in the shave biopsy site on the L upper arm.
Plan: STS w/ HD 3x/wk; cinacalcet up-titrate; sevelamer; avoid non-essential skin
procedures; wound: hydrogel + foam, change 3x/wk at the chair.
"""),
]}

C07 = {"patient_id": "C07", "age": 66, "sex": "F", "notes": [
("2018-11-06", "Nephrology Outreach Rounds - Satellite Dialysis", """
SATELLITE DIALYSIS OSTRANDER FLATS - NEPHROLOGY OUTREACH, monthly
66 y/o F, HD T-Th-Sa, L upper arm fistula, EDW 108.0 kg. No intradialytic cramps.
Interval: R breast lumpectomy at Westmarch in Oct 2018 for low-grade DCIS, margins
clear; she declined radiation, started anastrozole. Incision healed per pt.
PMH: ESRD 2/2 HTN nephrosclerosis, obesity, OSA on CPAP, LE DVT 2016 treated w/
warfarin 2016-2017 (done), HTN. No diabetes.
VS: BP 146/82, HR 76. Wt 108.6 kg. BMI 41.3
Labs: Hgb 10.8; Ca/P/PTH 9.6/6.6/720; Alb 3.5; spKt/V 1.4
Plan: adequacy ok; phos high -> sevelamer to 1600 TID; cinacalcet 30 mg.
Anemia ok on ESA w/ HD. Recheck monthly.
"""),
("2019-01-08", "CAH ED Provider Note", """
QCMH ED -- A. Benavidez-Hart MD, solo coverage tonight
CC: R breast pain
66F on HD. R breast sore since early December - started as a hard tender knot, went
purple, now has a black spot. No fever, no discharge from nipple. Didn't call
surgery ("roads closed half of Dec").
VS: T 37.0 HR 90 BP 168/90 SpO2 97%
Exam: R breast, UOQ: 6x5cm firm dusky-violet plaque, retiform border, black
eschar 2cm centrally; old curved scar nearby, well healed. No fluctuance, no axillary
nodes felt. L breast normal.
Labs: WBC 7.6; Ca/P 10.0/7.3; Alb 3.2
Imp/Plan: Necrotic plaque of R breast. Ddx fat necrosis, infection, recurrence,
calciphylaxis (ESRD, high phos). No abx for now. Called Westmarch breast surgery - seen
1/15 w/ derm. Pain: APAP 650 q6h; oxyCODONE 2.5mg q6h PRN.
"""),
("2019-01-15", "Tertiary Breast Surgery / Dermatology Joint Visit", """
WESTMARCH UNIVERSITY MEDICAL CENTER - BREAST SURGERY w/ DERMATOLOGY
66F, R breast DCIS s/p lumpectomy Oct 2018, dialysis dependent, BMI 40.8.
R breast plaque w/ eschar since early Dec 2018, enlarging.
Exam: R breast UOQ 7x5cm purpuric plaque w/ retiform edge, 2.5cm central eschar,
marked tenderness. Mammogram today: no mass, dense vascular calcs R breast.
Procedure (derm): 4mm punch x2, purpuric margin.
Path: calcified, thrombosed small vessels of subcut fat; necrotic fat; no tumor seen.
von Kossa +.
Impression: R breast calciphylaxis. Not recurrence.
Plan: STS w/ each HD (unit notified), binder/calcimimetic per nephrology, wound care w/
silicone foam, no surgical debridement now; f/u 4 wks by video.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
