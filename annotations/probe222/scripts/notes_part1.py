"""probe222 corpus notes, F01-F07 (home infusion pharmacy and the clinics around it; all invented)."""

F01 = {"patient_id": "F01", "age": 58, "sex": "F", "notes": [
("2022-05-10", "Home Infusion Nursing - SCIG Start", """
HOME INFUSION NURSING VISIT -- SCIG FIRST DOSE / TEACH
Larkspur Home Infusion   RN: R. Okafor

58 yo F w/ CVID referred by immunology (Dr. Pemberton) for weekly subcut IgG.
Product: Hizentra 20% 10 g (50 mL) q week. Pump Freedom60, F600 rate tubing,
4-prong needle set 26G x 9mm.
PMH: lupus nephritis -> ESRD, HD TTS (R forearm fistula);
hypertension; hypothyroid. Not diabetic. Sulfa allergy (rash).
Wt 84.0kg / Ht 163cm / BMI 31.6
Pre-infusion VS 142/78, P 84, 36.7C, sat 97% on room air

Today 5/10/22 first home SCIG infusion given. Sites: lower abdomen, two needles
each side of the navel, about 5 cm apart. Ran 62 min, no pump alarms. Soft
expected swelling at all 4 sites after, nontender.
Teach-back: site prep, priming, checking for blood return, removing needles,
sharps container. Pt + husband return demo'd w/o cues. Infusion log given.
Post VS 138/76, P 80.
Plan: next dose 5/17 by pt with RN on phone, RN home visit weekly x3.
"""),
("2022-07-06", "Pharmacist Telephone Note", """
RPh CLINICAL CALL - SCIG monthly check

Spoke w/ pt. All infusions done on schedule (Tuesdays), no missed doses.
She reports that one of the left-sided belly sites "never went down" after the
infusion on Tuesday 6/28 and is now a hard purple patch, very painful, "bigger
than a half dollar", with the middle going dark. Afebrile by her thermometer,
nothing oozing. Hasn't put any cream on it. Other sites look normal to her.

Advised: skip the L lower quadrant for now, use R side only until she is seen;
photo daily; call immunology today. Sent secure msg to Dr. Pemberton and to the
charge RN at her HD unit. Pt already has a derm appt next week (booked for a mole).
Checked: lot # matches dispensing record, fridge temp log in range, supplies
adequate thru 8/2.
-- K. Abernathy, PharmD
"""),
("2022-07-15", "Dermatology Consult", """
DERMATOLOGY -- NEW PT
Ref: immunology re painful abdominal wall lesion.

HPI: 58F, CVID on weekly home SCIG since May, on HD x6 yrs. Since 06/28/2022
she has had a painful LLQ plaque that began at one of her SCIG needle
sites and kept enlarging even after the needles were moved away from it.

Exam: LLQ, ~3cm inferolateral to the umbilicus: 4.5x3.8cm
woody, violet-hued plaque, branching (retiform) margin, 1.2cm black
crust-eschar centrally. Exquisitely tender. RLQ sites: faint residual puffiness only.
Legs: no livedo. No other lesions.
Path: 4mm punch from the LLQ plaque (7/8/22): calcium lining the walls of the small
vessels in the fat, fibrin clots in lumens, lobular fat necrosis; von Kossa +.
HD unit bloods (drawn 7/5): PTH 846, phosphorus 7.2, Ca (corr) 9.6

Impression: biopsy-proven calciphylaxis; it arose right at a subcutaneous
immunoglobulin infusion site (Koebner-type localization).
Plan: sodium thiosulfate w/ HD, nephrology aware; wound clinic referral; no
more SCIG into the abdomen, immunology to consider IVIG at dialysis. RTC 2 wk.
"""),
]}

F02 = {"patient_id": "F02", "age": 66, "sex": "M", "notes": [
("2023-03-03", "Home Infusion Pharmacy Admission", """
HOME INFUSION PHARMACY - NEW START ASSESSMENT

Dx: L5-S1 vertebral osteomyelitis/discitis, MRSA (BCx 2/24 +).
Rx: daptomycin 700 mg IV q48h (8 mg/kg, adjusted for PD) x 8 wk, stop date about 4/20/23.
Access: PICC 4 Fr single lumen, R basilic vein, inserted 2023-03-02 at Holloway
Mercy IR. Tip at cavoatrial junction per CXR. Total length 42 cm, ext 0 cm,
R upper arm circ 31 cm. StatLock + CHG dressing.
PMH: diabetic nephropathy to ESRD, nightly cycler PD; T2DM - Lantus 22u at bedtime
plus Humalog scale; CAD. No anticoagulants, never on warfarin.
Wt 88kg, BMI 28.4
Baseline 3/1: WBC 11.2, Hb 9.4, plts 288, CK 64, CRP 9.8, sed rate 92
Monitoring: CBC/diff, CK, CMP, CRP every Monday, drawn by RN at the home visit.
Counseled on myalgia/weakness, statin held while on dapto (MD aware).
First home dose 3/4 with RN. Deliveries Mon.
"""),
("2023-04-18", "Home Infusion RN Line Care Visit", """
RN VISIT - PICC care / weekly labs

Weekly dressing change done. PICC R upper arm, ext length still 0 cm, arm circ
31.5 cm. Flushes easily, blood return brisk. Insertion site clean and dry.

NEW FINDING: medial R upper arm, above the dressing, a firm dusky purple area
approx 3x3.5cm, tender to even a feather-light touch. Pt says he first noticed it
~3 wks ago, took it for "only a bruise"; now a dark gray spot has appeared
in the middle. No red streaking, no palpable cord, no drainage.
VS: 36.9C, 156/88, pulse 90, resp 18
Photo uploaded to chart. Called Dr. Asante (ID) and the PD nurse, both notified;
ID wants derm to look at it within the week.
Labs drawn: CBC, CMP, CK. Dapto: 1 dose left, pt aware of end date.
"""),
("2023-04-25", "Nephrology PD Clinic", """
PD CLINIC NOTE

66M on cycler PD, here with wife. Finished 8 wk of daptomycin for MRSA vertebral
osteo; PICC out 4/21 (placed at outside hospital before renal was consulted -
vein preservation re-discussed).
Derm punch bx 4/21 from the R upper arm: tiny vessels in the fat rimmed by
calcium, several plugged with clot - diagnostic of calciphylaxis.
Exam: R medial upper arm 5x4cm star-shaped violaceous plaque, retiform margin,
1.5cm central eschar. Old PICC exit healed. Abd: PD exit site clean.
PD: 4 cycles, fill 2.2 L, UF ~800 mL/day.
Bloods: Ca 9.9 / Phos 6.4 / iPTH 512, albumin 3.1, K 4.6
A/P:
1. R upper arm calciphylaxis (bx-confirmed) - off calcium carbonate; Renvela
   1.6 g TID w/ meals, Sensipar 30. STS 3 days a week, IV, in our infusion suite.
2. ESRD, cycler PD - add a day dwell, recheck Kt/V next month.
3. T2DM - continue Lantus, A1c 7.6.
Wound clinic referral placed.
"""),
]}

F03 = {"patient_id": "F03", "age": 49, "sex": "M", "notes": [
("2022-06-01", "Home Parenteral Nutrition Pharmacist Review", """
HPN PHARMACIST MONTHLY REVIEW

49 yo M, short bowel (~70 cm small bowel, end jejunostomy) after mesenteric
ischemia 2021. Oxalate nephropathy -> ESRD; in-center HD on MWF (L arm graft).
Access: R IJ tunneled single lumen Broviac (placed March), exit site healed.
HPN since April: 1.6 L cycled over 14 h. Because the cycle often runs into the
morning he walks around with the CADD in the black backpack we supplied, and he
carries it slung over his L shoulder only ("my right rotator cuff is shot").
Warfarin for line-assoc R IJ thrombus, INR 2.4 on 5/27.
Wt 58.2kg, BMI 19.8. No diabetes; fingerstick BG 96-141.
5/31 chem: Na 136, K 4.9, Mg 1.9, Phos 5.8, trig 164, alb 3.3, ALT 31
Changes: Mg 12 mEq/bag unchanged, K removed (HD), lipids 3x/wk.
Next labs 6/14. Spoke w/ HD dietitian re phos.
"""),
("2022-07-28", "Home Infusion Nursing Visit", """
RN HOME VISIT - HPN / CVC care

CVC R chest: dressing + cap change, exit site dry, cuff not palpable at exit.
Flushed 10 mL NS x2, good blood return. Pump programmed & checked, rate matches Rx.

He calls it "a burning bruise" - on top of his L shoulder, first noticed early July, now
"like a hot coal", worse at night. Exam: L superior shoulder, on the trapezius
crest, 6x3cm purple lacy patch, center firm and dark ~1.5cm, skin intact.
Pt worried it's from "the blood thinner". POC INR 3.1 today.
VS 104/62, P 92, 36.6C. Wt 57.6kg
Notified HPN pharmacist and PCP. Derm appt Aug 9 (earliest offered).
Reinforced: call if opens, drains, or fever.
"""),
("2022-08-23", "Dermatology Follow-up", """
DERMATOLOGY - RETURN VISIT

Short gut on HPN, ESRD on HD, warfarin. Seen 8/9 for a painful L shoulder lesion;
punch biopsy taken then.
Path (8/9/22): deep dermal and subcutaneous arterioles encrusted with calcium,
some occluded by thrombus; von Kossa highlights the deposits. Consistent with
calciphylaxis.
On exam today: L shoulder, superior aspect, 7x4cm retiform purpura, central
stellate necrosis 2cm, dry. Trunk, thighs, legs: nothing similar.
Assessment: calciphylaxis of the L shoulder, biopsy proven.
Plan:
- d/w hematology: off warfarin as of today, Eliquis started at the reduced dose
- STS with his three weekly HD sessions - renal aware
- hydrocolloid to the area, no sharp debridement at this point
- pain: gabapentin 100 after HD, tramadol prn
RTC 3 wks.
"""),
]}

F04 = {"patient_id": "F04", "age": 71, "sex": "F", "notes": [
("2024-05-14", "Pharmacist Clinical Monitoring Call", """
HOME INFUSION RPh - WEEKLY MONITORING (telephone)

71F on ertapenem 500 mg IV q24h via L arm midline for ESBL E. coli vertebral
osteomyelitis, day 29 of 56. Self-administers by elastomeric pump at 0900.
ESRD, CAPD with 4 exchanges daily. T2 diabetes handled with diet (April HbA1c 6.4%).
No anticoagulant.
Labs 5/13: WBC 7.8, Hb 10.1, plt 240, AST/ALT 22/19, CRP 2.1 (down from 6.8)
Denies diarrhea, rash, confusion. Midline no issues per RN.
Misc: she asked if she can keep the blue frozen gel packs that come in our
delivery coolers. She has saved them since her first course with us last fall
and puts them straight from the freezer onto both knees, most evenings, for her
arthritis. Told her to wrap them in a towel and keep it under 15 min.
Next delivery Fri. Next labs 5/20.
"""),
("2024-06-04", "Home Infusion Nursing Visit", """
RN VISIT 6/4/24 - midline care

Midline L upper arm: cap + dressing changed, flushed NS 10 mL, good blood return,
arm circ unchanged 29 cm. Ertapenem going fine, 6 days of therapy left.

Pt pointed out a painful "black and blue" spot on the inner R knee that came up
around Memorial Day. Exam: R medial knee 4x3cm dusky purple indurated
plaque, lacy edge, small dark center, very tender. L knee normal skin.
She admits the gel packs still go on both knees every night, and twice she fell
asleep before taking them off.
Told her to stop using the packs and that we are letting PCP know today.
VS 128/70, P 76, 36.8C. Wt 86.2kg
Call placed to PCP (Dr. Haverford); she will see pt Thurs.
"""),
("2024-06-13", "Dermatology Consult", """
DERMATOLOGY CONSULT

71F, ESRD on PD, DM2 (diet), BMI 32.1, finishing home IV ertapenem.
Referred by PCP after punch bx 6/6 of a R knee lesion.
Onset ~5/27/24 on the inner R knee. She has been applying frozen gel packs from
her infusion deliveries directly to both knees most nights since fall 2023, and
the lesion sits where the pack rests on the R knee.
Exam: R medial knee 5x3.5cm violaceous stellate plaque, retiform edge, 1cm
central eschar. L knee and both legs clear.
Path (6/6): calcium crusting arteriolar walls in the deep dermis and fat,
occlusive thrombi - fits calciphylaxis.
Impression: calciphylaxis, R medial knee, at the spot where cold was applied
over and over - a Koebner-type trigger.
Plan: no more cold on skin; nephrology to start sodium thiosulfate; foam
dressing; recheck 2 wks.
"""),
]}

F05 = {"patient_id": "F05", "age": 63, "sex": "M", "notes": [
("2020-12-28", "Pharmacist Telephone Encounter / Occurrence", """
RPh PHONE ENCOUNTER + OCCURRENCE REPORT

63M on ceftriaxone 2 g IV q24h x 6 wk (strep infection of his L knee replacement,
washout + liner exchange done) via R upper arm midline, gravity bag from an IV pole
in the living room.
Wife called the on-call line: on Christmas Eve, during the evening dose, he got
up from the recliner, his foot caught in the tubing and he fell forward; the
metal base of the IV pole scraped his L shin. No blow to the head, stayed conscious.
Midline still in and flushing. Bleeding stopped with pressure, she put a bandaid on it.
Pt says he is "fine, just embarrassed".
Actions: RN visit moved up to 12/30 to look at the leg. Suggested moving the
pole to the far side of the chair and clipping the tubing. Occurrence # HI-20-3317
filed. Pharmacist: T. Mbeki, PharmD.
"""),
("2020-12-30", "Home Infusion Nursing Visit", """
HOME INFUSION RN VISIT

Midline R upper arm: dressing change, site clean, flushes easily. Dose infusing
at time of visit, no complaints.
Leg check after fall of 12/24: L anterior shin with a 4x1.5cm superficial
abrasion, scabbed, edges pink, slight surrounding redness, not warm, dry.
Cleansed w/ NS, petrolatum + nonadherent pad, rolled gauze.
Pedal pulses faint bilat (baseline per pt). Skin on legs thin, shiny.
VS 148/84, P 78, 36.8C, 96% RA
Educated: keep it covered, look daily, call for pain, pus or a dark color.
Wife ok doing dressing evry other day.
Next visit 1/6/21.
"""),
("2021-01-21", "Wound Care Center New Patient", """
WOUND CARE CENTER - NEW PT

63M with kidney failure on hemodialysis and insulin-treated T2DM, sent by
nephrology for a L shin wound that will not heal.
Hx: scraped the L shin on his IV pole when he fell on 12/24/20. The scrape was
healing until about Jan 10, when the area turned purple-black and very painful.
Derm biopsied it 1/19: pathologist saw calcified walls in the wee vessels of the
fat, some clotted; read as calciphylaxis.
Exam: L anterior shin ulcer 5.2x3.0x0.2cm, 80% firmly stuck black eschar, 20%
pale slough, violaceous retiform rim 2cm. No cellulitis. ABI not reliable
(noncompressible); TBI 0.52.
Assessment: L anterior shin calciphylaxis ulcer, arising in the abrasion
from his fall against the infusion pole.
Plan: leave eschar intact, Medihoney + bordered foam 3x/wk, offload, pain per
nephrology. STS at HD. Return 1 wk.
"""),
("2021-02-08", "Nephrology HD Rounding Note", """
HD ROUNDS - chair 14

Pt seen on HD. Tolerating 4 h runs, EDW 101 kg, UF 2.6 L today.
L shin calciphylaxis ulcer: thiosulfate 25 g IV, given late in each treatment,
started 1/22; pain a bit less (6/10, was 9). Dressing by wound center.
Meds reviewed: Lantus 30u + NovoLog with meals; sevelamer; cinacalcet
started. Warfarin was stopped in 2018 (AF, now on no anticoag after GI bleed).
Ht 175cm, BMI 33.2.
Chem: cCa 8.9, PO4 5.1, PTH 388; Hb 10.3; alb 3.4
Plan: cont STS, stop calcium-based binder (done), hold vit D analog, recheck PTH in 1 mo.
Ceftriaxone course completed 2/4, midline out.
"""),
]}

F06 = {"patient_id": "F06", "age": 55, "sex": "F", "notes": [
("2021-10-05", "Home Infusion Pharmacist Anticoagulation Call", """
RPh ANTICOAG FOLLOW-UP - enoxaparin (home infusion/specialty)

55F w/ metastatic pancreatic NET, cancer-assoc L femoral DVT (Aug 2021).
On enoxaparin since September, renally adjusted 1 mg/kg SC q24h (90 mg), anti-Xa
monitored because she is on cycler PD for ESRD.
Warfarin tried 2019 for a prior clot, stopped for wildly labile INRs; pt
refuses to go back on it.
Technique reviewed by video call: her shots go in the outer thighs, switching L
and R each day, because the PD catheter + exit site leave no room on the belly. Pinches
skin, 90 degrees, doesn't rub. No new problems at the sites per pt.
Anti-Xa (drawn 4h after the 10/1 dose): 0.92 IU/mL (goal 0.5-1.0).
CBC 10/1: Hb 10.8, plt 201.
T2DM on linagliptin 5 mg. Wt 98kg, BMI 36.1.
Plan: same dose, anti-Xa again in 1 mo, refill 30 syringes sent.
"""),
("2021-11-02", "Nephrology PD Clinic", """
PD CLINIC

S: 55F on cycler PD here for monthly visit. Reports an exquisitely sore spot, outer
L thigh, that she spotted about 2 weeks ago, pain 8/10, wakes her up at 3 am. Denies fevers.
PD uneventful, peritonitis-free. Still on enoxaparin.
O: 132/80, wt 97.4kg
L lateral thigh, mid: 5x4cm hard, violet plaque w/ livedoid edge, not ulcerated.
R lateral thigh: normal. Catheter exit clean.
Bloods: PTH 702 (up), phosphorus 6.9, Ca 9.1, albumin 3.2. Weekly Kt/V at goal (1.9).
A: Painful indurated thigh plaque, concerning for calciphylaxis given her
phosphate and PTH.
P: urgent derm for biopsy; change calcium acetate to sevelamer; add cinacalcet;
avoid vit D for now. Onc aware.
"""),
("2021-11-16", "Dermatology Clinic", """
DERM

Pt returns for biopsy result. 4mm punch of the L lateral thigh on 11/9/21:
medial calcification of tiny vessels in the subcutis, thrombi, and
lobular fat necrosis around them. Dx: calciphylaxis.
Today: plaque on the outer L thigh up to 6x5cm, 2cm eschar in the center,
retiform border. Other thigh, abdomen, legs: no lesions.
Impression: calciphylaxis (biopsy-proven), lateral L thigh.
Plan:
- IV sodium thiosulfate, 3 doses a week; as she's on PD, referral to home infusion
  for STS through a peripheral line, renal to co-sign
- nonadherent dressing, no debridement
- discuss anticoagulant options w/ oncology
Recheck in a fortnight, earlier if the skin breaks down.
"""),
]}

F07 = {"patient_id": "F07", "age": 44, "sex": "F", "notes": [
("2019-08-16", "Home Parenteral Nutrition Initial Assessment", """
HPN INITIAL ASSESSMENT - pharmacist

44F, radiation enteritis (cervical ca 2016) w/ recurrent SBO, unable to meet
needs by mouth. Kidney failure on HD (MWF), R arm fistula.
Access: implanted port, R upper chest, placed Aug 12, 2019 (Dr. Castellanos,
Riverbend Surgical). Accessed w/ 20G 3/4" Huber, needle change weekly by RN.
Incision ~3 cm, Steri-Strips on, no drainage.
Wt 46kg, BMI 17.9. Not diabetic; no insulin needed so far.
HPN: 1.2 L over 12 h nightly, dextrose 15%, AA 5%, lipids 250 mL 3x/wk.
Electrolytes adjusted for HD: K 0, Phos 0, Mg 8 mEq.
8/15 chem: Na 137, K 4.4, gluc 102, trig 118, alb 2.9, prealbumin 11
Plan: weekly labs drawn from port, TPN cycle taught, pump: CADD-Prizm.
"""),
("2019-10-08", "Home Infusion Nursing Visit", """
RN HOME VISIT - port needle change

Huber needle changed, R chest port. Good blood return, flushed w/ NS.
Along the inferior end of the port incision: a 2 cm black crusted spot,
exquisitely painful, with purple mottling spreading ~3 cm around it. Pt dates
it to late September - a "bruise that hurts way too much". Port pocket not
fluctuant, dry, 37.0C.
Labs drawn from port.
VS 98/60, P 88. Wt 45.1kg
Called surgeon's office and HPN pharmacist; surgeon will see her Fri. Pt aware
to call for fever or drainage.
"""),
("2019-10-15", "Dermatology Consult", """
DERMATOLOGY CONSULT (req by surgery)

44F, HPN via R chest port, ESRD on HD.
Lesion: R upper chest, along the inferior half of the port incision: 3x2.5cm
black eschar, violaceous lacework around it; induration extends 4cm.
Onset late September 2019, about 6 wk after port placement.
Punch biopsy at the rim 10/11 (by surgery): path reports calcium-laden walls of
subcutaneous capillaries/arterioles, clot within, necrotic fat -> calciphylaxis.
Impression: R upper chest calciphylaxis arising in the port insertion incision.
Plan:
- sodium thiosulfate w/ HD (nephrology)
- surgery to discuss moving the port to the L side and explanting the R port
- gentle wound care, no tape on the R chest - use gauze wrap / silicone
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
