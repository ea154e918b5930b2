"""probe215 corpus notes, E01-E07 (OCR'd faxed outside records and the clinics around them; all invented)."""

E01 = {"patient_id": "E01", "age": 71, "sex": "F", "notes": [
("2022-04-04", "Outside Records - SNF Transfer Packet (faxed, OCR)", """
FR0M: LARKSPUR MAN0R SNF   FAX 555-013-4471   04/04/2022 09:12   P. 001/005
=== RESIDENT TRANSFER PACKET / REFERRAL T0 NEPHR0LOGY ===
Adm to faci1ity: 03/01/22 fr0m Harwell County Hosp after R hip 0RIF (2/26/22).
Dx list: ESRD on hemodia1ysis M-W-F (Stonebridge unit), DM type 2 - diet contro1led,
HTN, 0A knees. No anticoag at home.
MAR (Mar 2022) excerpt:
   en0xaparin 30 mg SC q24h ..... start 03/02/22 ..... site charted: R 1ower abd
   seve1amer 800 mg T1D w/ mea1s  |  ca1citriol 0.25 mcg dai1y
Nsg progress 03/22/22 21:40 - res c/o "burning" R lower abd0men, purplish
mott led area approx 3cm, firm, tender to 1ight touch. NP Quimby notified.
03/24 - area 1arger, center dusky. Per NP, enoxaparin sites moved to L abd from 3/24 on.
Wt 88.0kg   Ht 163cm   BMI 33.1
FR0M: LARKSPUR MAN0R SNF   FAX 555-013-4471   04/04/2022 09:13   P. 002/005
CONFIDENTIALITY N0TICE: this facsimi1e holds protected hea1th inf0rmation ~ if
misdirected p1ease phone the sender and shred.
"""),
("2022-04-05", "Nephrology Clinic Note", """
Kestrel Valley Nephrology -- return visit after SNF discharge
71F. ESRD - dialysed at Stonebridge on Monday/Wednesday/Friday mornings; L brachiocephalic AVF.
Diabetes type 2 on diet (HbA1c 6.4%) - no insulin, no tablets. HTN.
R hip ORIF late Feb. Has never taken warfarin.
S: Got home 4/1. Points to a dark, sore patch in the R lower belly; onset about 2 weeks
ago, before she left the SNF. Rates it 9/10, worst when she bends or rolls
over in bed.
O: VS 148/82, pulse 88, afebrile. Scale 87.2kg, BMI 32.8.
Skin: RLQ 5x4cm violet, woody plaque, netlike margin, pinpoint black crust centrally.
Chem 3/30 - corrected Ca 9.9; phosphorus 7.4 H; iPTH 846 H; albumin 3.2; Hb 10.1.
A/P: calciphylaxis strongly suspected - ESRD with poorly controlled phosphorus and PTH.
 1. derm today or tomorrow for biopsy
 2. calcitriol off; sevelamer up; begin cinacalcet
 3. HD unit to arrange sodium thiosulfate
 4. SNF and HD staff: stop giving SC shots in the R belly
"""),
("2022-04-08", "Dermatology Consult", """
DERMATOLOGY CONSULT (nephrology asked us to see her)
CC: tender area, R lower abdomen.
HPI: 71F on HD. Her SNF first charted the lesion 3/22. I read the faxed SNF MAR
myself: enoxaparin was injected once daily into the R lower abdomen from 3/2 through 3/24.
Exam: R lower abdomen - 6x4.5cm retiform purpura, 1.5cm adherent eschar in the middle,
exquisitely tender. L abdomen - a few pinhead bruises where the recent needles went in;
no purpura or firmness there. Thighs and calves unremarkable.
Impression: calciphylaxis, clinically - and it sits squarely on the SNF's enoxaparin
injection sites. Vasculitis remains on the list but is much less likely.
Procedure: consent obtained; 4mm punch from the plaque edge; H&E plus a von Kossa stain requested.
Plan: chase pathology; wound clinic; keep every needle and all tape away from that area.
"""),
("2022-04-20", "Wound Care Clinic Note", """
WOUND CARE CENTER - first visit (referred from derm)
Pathology from the 4/8 punch: small-vessel calcification, intimal hyperplasia and
thrombosis within subcutaneous fat; von Kossa highlighted the calcium. Pathologist's read:
calciphylaxis.
Wound #1, R lower abdomen: 6.2x4.8cm, eschar black over the whole bed, dry, nothing
fluctuant; violet periwound. Resting pain 8/10.
Orders: do not lift stable eschar; saline cleanse; cadexomer iodine confined to the rim;
silicone-bordered foam on top; husband or HD nurse to redo it every third day.
Nutrition: albumin 3.0, so a protein shake is added at each dialysis run.
Weight 86.5kg (BMI 32.6).
Thiosulfate 25 g has been given at every dialysis since 4/13.
See again in one week.
"""),
]}

E02 = {"patient_id": "E02", "age": 58, "sex": "M", "notes": [
("2019-09-20", "Outside Records - ED Visit (faxed, OCR)", """
Pg 1 of 3    TAMSIN VALLEY MED CTR - EMERGENCY DEPT    rec'd via fax 09/20/2019
Visit date: 09/03/2019    Arriva1 0l:14
CC: R f1ank pain
HPI: 58 y/o male, ESRD on peritonea1 dia1ysis (CCPD nightly) and AF on warfarin, c/o R
flank pain x3 days. Says he has been laying a heating pad across his R flank every night
since Labor Day so he can s1eep. No fever, no vomiting. Makes very 1ittle urine.
Exam: T 37.1  HR 96 irreg  BP 162/90. R CVA tenderness. Skin R flank: faint blanching
redness the shape of the pad; no blisters, no open areas.
CT A/P noncontrast: 5mm R proxima1 ureteral stone, mi1d hydro.
INR 2.6    K 4.8
Dx: R ureterolithiasis.
Dispo: home; tamsulosin, short oxycodone course; uro1ogy f/u; return if fever.
   ** Pg 1 of 3 **  TAMSIN VALLEY MED CTR  **  CONFIDENTIAL  **
"""),
("2019-11-05", "PD Clinic Note", """
HOME DIALYSIS UNIT (peritoneal) - November review
58M. End-stage kidneys (IgA nephropathy), automated PD for two years. Not a diabetic.
Atrial fibrillation, anticoagulated with warfarin, target INR two to three. The ureteric
stone passed by itself toward the end of September.
S: Since mid-October a hard, exquisitely sore patch on the R flank - "it burns and
burns", he says. Most nights he still lays the heating pad over that right
side, because the warmth comforts him.
O: 150/88; 91.0kg; BMI 28.1. Catheter exit clean, tunnel nontender.
R flank: 5x3cm indurated dusky plaque, dark stellate centre, tender to touch.
Sept Kt/V weekly 1.9.
Bloods: calcium 10.1 | phosphorus 6.8 | PTH 590 | albumin 3.4.
Imp: new R flank plaque, ?calciphylaxis; warfarin plus the high calcium-phosphate product.
Plan: derm urgently; calcium carbonate out, sevelamer in; cardiology asked about other
anticoagulants; advised to put the heating pad away for good.
"""),
("2019-11-19", "Dermatology Consult", """
DERMATOLOGY - new patient visit
Referred from the PD unit for a lesion of the R flank. 58M, cycler PD, warfarin for AF.
Exam: R posterolateral flank - firm violaceous plaque 6x4cm, retiform at its margins,
central eschar 1.2cm. Abdomen, buttocks and both thighs: nothing similar.
His PCP took a punch on 11/08/19 (Tamsin Valley Dermpath, report faxed to us): calcific
crust lining little subcutaneous vessels; thrombi of fibrin; necrosis of fat lobules.
Assessment: calciphylaxis, biopsy-proven, R flank.
Plan:
 - sodium thiosulfate by the PD protocol, nephrology to order
 - change warfarin over to apixaban; cardiology has signed off
 - hydrocolloid at the edges, eschar kept dry
 - low-dose gabapentin after the night cycler
 - photos; back in three weeks
"""),
]}

E03 = {"patient_id": "E03", "age": 66, "sex": "F", "notes": [
("2018-04-10", "Outside Records - Orthopaedic Clinic (faxed, OCR)", """
0AKFEN 0RTH0PAEDICS        Fax: 555-017-2208        04/10/2018 16:02      Page 1/2
Patient seen: 04/03/2018
HPI: 66 yo F s1ipped on ice in her driveway 04/02/18 and 1anded on the L knee. ESRD on
HD (T-Th-Sa), type 2 DM on insu1in, obesity.
Exam: L knee effusion, tender inferior pole of pate11a, extensor 1ag 10 deg. Sma11
abrasion over the L kneecap, otherwise skin intact.
XR: nondisp1aced transverse L pate11a fx.
P1an: hinged knee immobi1izer L, 1ocked in extension, fitted today 04/03/18 - Velcro
straps across the L mid-thigh and the L upper ca1f; wear at a11 times x 6 wk inc1 sleep.
Ice and e1evate. WBAT in brace. F/u 3 wk w/ XR.
Ht 157cm   Wt 89kg   BMI 36.0
0AKFEN 0RTH0PAEDICS        Fax: 555-017-2208        04/10/2018 16:02      Page 2/2
"""),
("2018-06-05", "Hemodialysis Rounding Note", """
Stonebridge Dialysis - rounding, chair 7, Tues/Thurs/Sat shift
66F. ESRD, dialysing through her left-arm AVF. Type 2 diabetic using insulin (glargine 18 u HS,
lispro per correction scale).
S: Still wears the knee brace; ortho expects to wean it next week. She brings up a
"sore" on her L thigh that started in late May - very painful, wakes her at night.
O: pre-run 138/70; 88.4kg against a dry weight of 87.5; BMI 35.7.
L anterior mid-thigh: 3x2cm plaque, dark violet, woody, tiny scab on its surface.
Chemistry last Tuesday - iPTH:402 Ca:9.2 Phos:6.7 Alb:3.3
Impression: indurated, painful L thigh plaque in an insulin-using dialysis patient -
must exclude calciphylaxis. Derm referral sent, biopsy slot 6/8. Think about a lower
calcium bath; sodium thiosulfate if the biopsy confirms.
"""),
("2018-06-19", "Wound Care Clinic Note", """
WOUND CLINIC NOTE
Diagnosis: calciphylaxis of the L thigh; derm biopsy 6/8/18 with medial calcification of
subcutaneous arterioles, von Kossa +.
Wound: L anterior mid-thigh 3.5x2.2cm; eschar black over about four fifths, slough the
rest; no odour.
Location: directly beneath where the upper strap of her knee immobilizer crossed the
thigh - ortho fitted the brace 4/3 after the patella fracture; it came off 6/14.
Plan: stable eschar left alone; collagenase on the slough only; silicone foam; offload -
nothing strapped or tight over the L thigh from now on. Thiosulfate continues with
every dialysis, three a week.
Vitals today: 132/74, capillary glucose 188.
"""),
]}

E04 = {"patient_id": "E04", "age": 63, "sex": "M", "notes": [
("2020-07-14", "Dialysis Unit Progress Note", """
DIALYSIS UNIT - monthly physician note
63M. Polycystic kidney disease, now ESRD; hemodialysis Mon/Wed/Fri for four years, L arm
fistula. Not diabetic (HbA1c 5.3). Had a DVT in 2017, took warfarin for it, stopped in
2018; no anticoagulant today.
Interval: an outside surgeon fixed a R inguinal hernia last month at Harwell County
Hosp; we have asked for the op note.
S: since the Fourth of July an exquisitely painful spot in the R groin - "a black spot
next to my scar".
O: 158/84, 80 bpm. Weight after the run 96.4kg, BMI 30.0.
R groin: where the healed incision ends inferiorly, a firm purple-black patch of 2.5cm
rimmed by a netted violet border.
Chem: Ca 9.7 | phosphorus 7.8 | PTH 1120 (!) | albumin 3.6.
Imp/plan: calciphylaxis is a real concern; wound infection also possible. Derm referral;
calcium-based binder on hold; read the outside op note once it comes.
"""),
("2020-07-20", "Outside Records - Operative Report (faxed, OCR)", """
HARWELL C0UNTY H0SPITAL    0PERATIVE REP0RT    [fax rec'd 07/20/2020 11:47]   p1/2
Date of surgery: 06/11/2020
Procedure: 0pen R inguina1 hernia repair with mesh (Lichtenstein).
Surgeon: T. 0kafor MD        Anesthesia: genera1
Indication: symptomatic, reducib1e R inguinal hernia.
Findings: indirect sac of moderate size, cord structures intact.
Technique: 6cm ob1ique incision in the R groin ab0ve the inguina1 1igament; sac
dissected and reduced; polypropylene mesh secured; c1osure with subcuticu1ar 4-0
monofilament and skin g1ue.
EBL 10 mL. No comp1ications. To PACU stab1e.
Post-op: dressing off POD 2; no 1ifting > 10 1b for 4 wk.
HARWELL C0UNTY H0SPITAL    CONFIDENTIAL - do n0t redisc1ose    p1/2
"""),
("2020-07-21", "Dermatology Consult", """
DERM CONSULT - HD patient with a painful necrotic R groin lesion
History: ESRD on dialysis; open R inguinal hernia repair on 6/11/2020 (I reviewed the
outside operative report). His pain started 7/4.
Exam: over the lateral half of the R inguinal incision scar sits a stellate eschar 4x2cm,
with retiform purpura and induration around it; no drainage, nothing fluctuant.
No lesions elsewhere on the trunk or limbs.
Impression: calciphylaxis developing within the R inguinal surgical incision. The retiform
pattern, his ESRD and the very high PTH are enough for a clinical diagnosis; I am not
biopsying, since a fresh wound here would likely not heal.
Plan: thiosulfate with every run, cinacalcet titrated upward, gentle local care; the
operating surgeon has been told.
"""),
]}

E05 = {"patient_id": "E05", "age": 80, "sex": "M", "notes": [
("2017-11-20", "Outside Records - SNF Incident Report (faxed, OCR)", """
PELL CREEK NURSING & REHAB    INCIDENT / ACCIDENT REP0RT    Fax 11/20/2017   p.1
Date/time of incident: 11/03/2017   07:50
Location: Rm 212
Description: During wheelchair -> bed transfer with 1 staff, res's R forearm scraped
the brake 1ever. Skin tear R dorsa1 forearm approx 2.5x1cm; f1ap approximated,
steri-strips, nonadherent dressing.
Resident: 80 y/o male, ESRD, HD (Tu-Th-Sa, off-site), type 2 diabetic on 1inagliptin,
L forearm fistu1a - NO BP / NO 1abs L arm.
MD / fami1y notified: Y / Y
F/u 11/10: skin tear edges approximated, scant serous drainage, hea1ing.
Intervention: 2-person transfers; padded brake covers ordered.
PELL CREEK NURSING & REHAB    * page 1 of 1 *
"""),
("2017-12-12", "Hemodialysis Unit Note", """
HEMODIALYSIS - nurse and physician entry, 12/12/17
Came by van from Pell Creek. Ran 3h45m, removed 2.6 L, blood flow 400. Pressures 128/66
before and 112/60 after. Post weight 68.0kg, BMI 24.2.
Nurse Ostrowski noticed him wince when his R sleeve was pushed up. On my exam: an
ulcer of the R dorsal forearm, present x 3 wks according to the SNF nurse, now 3x2cm,
black in the middle, purplish stellate edge, very tender. L fistula: thrill and bruit fine.
Chem: Ca 10.3, phos 6.2, PTH 690.
Plan: no pus, so no swab; dermatology coming to the unit tomorrow - r/o calciphylaxis
vs infection. Faxed the SNF: no tape on the R arm.
"""),
("2017-12-19", "Dermatology Consult", """
DERMATOLOGY
80M, ESRD on HD, lives at a SNF. I saw him at the dialysis unit on 12/13 and took a
punch biopsy; the pathology is now back.
R dorsal forearm: stellate ulcer 3.4x2.5cm, black eschar adherent across its floor, a
2cm band of retiform purpura proximal to it. L arm: fistula, no lesions. Legs clear.
Pathology: deep dermal and subcutaneous microvessels calcified and thrombosed.
Dx: R forearm calciphylaxis (a.k.a. calcific uremic arteriolopathy).
Plan: thiosulfate 25 g post-run three times weekly, calcium acetate swapped for lanthanum,
petrolatum gauze daily, analgesia with the SNF team. His DM2 stays on linagliptin only.
"""),
]}

E06 = {"patient_id": "E06", "age": 69, "sex": "F", "notes": [
("2021-11-09", "Outside Records - PCP Referral with Immunization Record (faxed, OCR)", """
FERNH0LLOW FAMILY MEDICINE  ->  Nephrology / Dermat0logy    11/09/2021 10:31   P.1/3
Reason for referral: painful purp1e 1ump L upper arm, ?vaccine reaction vs other.
69F, ESRD on PD, DM2 on insu1in g1argine + aspart, HTN, hypothyroid.
Pt says the L arm got sore and purple around Ha11oween; no fever.
Exam: L 1ateral upper arm 4cm firm vio1aceous nodule with a mottled rim, very tender.
Wt 74.8kg   BMI 29.9 (overweight)
--- attached: MILLBROOK PHARMACY immunization record ---
10/02/2021   Shingrix (RZV) dose 1    0.5 mL   IM   L UPR ARM   lot ###
10/02/2021   Inf1uenza quadriva1ent   0.5 mL   IM   R UPR ARM   lot ###
FERNH0LLOW FAMILY MEDICINE      p.1      CONFIDENTIAL
"""),
("2021-11-12", "PD Clinic Note", """
PD CLINIC (Dr. Achterberg)
69F on manual CAPD, four bags daily. Insulin glargine 14 units at night plus aspart at
meals. Overweight, last BMI 29.9 per the PCP.
New problem: L upper arm lump; the PCP fax gives onset about Halloween. Today it
measures 5x4cm, indurated, and the centre is starting to turn dusky. Pain 8/10.
Labs: total Ca 9.8 (10.4 corrected), phosphate 6.5, PTH 510, albumin low at 2.9.
Warfarin: never prescribed, nor any other coumarin.
Assessment: suspect calciphylaxis. Rang derm the same day; they biopsied it this afternoon.
Plan: calcium binder changed to sevelamer; calcitriol paused; dietitian for phosphorus.
"""),
("2021-11-16", "Dermatology Consult", """
DERMATOLOGY CONSULT
L lateral upper arm: indurated plaque 5x4.5cm with black eschar centrally and retiform
purpura at its margin - exactly where the Shingrix vaccine went in on 10/2 according to
the pharmacy record. The R upper arm (influenza shot the same day) looks normal.
Biopsy 11/12: subcutaneous arterioles calcified, with thrombi and necrosis of fat.
Assessment and plan: calciphylaxis, L upper arm, at her zoster vaccine site.
Avoid IM injections in that arm; hold off on the second Shingrix dose. Thiosulfate
through the PD fluid, nephrology to dose it. Photographs taken for comparison.
"""),
]}

E07 = {"patient_id": "E07", "age": 54, "sex": "F", "notes": [
("2023-03-22", "Outside Records - Endocrinology (faxed, OCR)", """
GREYL1NG ENDOCRINE ASSOC.    fax 03/22/2023    pg 1 of 2
Date of visit: 03/15/2023
54F, T2DM x 20 yr on basa1-bo1us insulin, CKD stage 4 (eGFR 21), c1ass III obesity.
Insu1in: glargine 60 u qAM, lispro 14-20 u w/ mea1s. Injects both thighs - she moved off
the abdomen because of lipohypertrophy and has used the thighs on1y since 2016.
A1c 8.9%.
Exam: BMI 41.2. Both anterior thighs: severa1 hard tender subcutaneous nodu1es, a few
with dark crust - ?lipohypertrophy vs other. Pt says they began last spring.
Plan: derm + nephro1ogy referra1; rotate sites within the thighs; CGM start.
GREYL1NG ENDOCRINE ASSOC.    pg 1 of 2    CONFIDENTIAL
"""),
("2023-04-04", "Nephrology CKD Clinic Note", """
CKD CLINIC - Kestrel Valley Nephrology
54F. CKD4 (diabetic kidney disease), eGFR now 20; not yet dialysing, fistula
planning has started. Insulin-treated type 2 diabetes (endocrine letter of 3/22 reviewed).
Skin: hard, painful lumps with necrotic centres across both thighs since last spring; she
thinks they got worse through the winter months.
BP 146/88. BMI 40.8 - class III obesity.
Chemistry: Ca 9.6, phosphate 5.4, PTH 310, albumin 3.5. She takes no warfarin and no
calcium supplements.
Assessment: necrotic nodules of both thighs - worry about calciphylaxis before dialysis;
a panniculitis is the main alternative.
Plan: dermatology biopsy fast-tracked; dietitian to review phosphorus intake; recheck
labs in a month.
"""),
("2023-04-13", "Dermatology Consult", """
DERMATOLOGY
54F with CKD 4 (no dialysis), insulin-treated diabetes, obesity.
Both anterior thighs: numerous indurated plaques of 2-5cm, three with central eschar and
retiform borders, lying in the areas where she injects her insulin. Arms, abdomen and
legs below the knee are clear.
Incisional biopsy L thigh 4/6: von Kossa+ calcium lining subcutaneous microvessels,
thrombi, fat necrosis.
Impression: calciphylaxis at insulin injection sites, CKD 4, not on dialysis.
Plan: from now on she should inject into the upper arms instead; sodium thiosulfate per
nephrology; wound care; pain plan with her PCP; review in two weeks.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
