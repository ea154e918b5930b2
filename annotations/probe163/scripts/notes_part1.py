"""probe163 corpus notes, D01-D07 (clinical-trial research visits, SAE narratives and the clinics
around them; every person, place, study and drug name is invented)."""

D01 = {"patient_id": "D01", "age": 63, "sex": "M", "notes": [
("2019-03-12", "Research Visit - Day 1 Randomization", """
CALDERA-2 (Protocol ORN218-201)    Site 014 - Penwick Renal Research Unit
VISIT 3 / DAY 1 - RANDOMIZATION + FIRST DOSE               Subject 014-0037
Coordinator: M. Okonjo, CRC

Subject came straight up from his MWF chair-side HD (2nd shift, off machine 12:40).
ICF v3.1 signed at screening 02/26/2019; no consent changes since. Incl/excl criteria
re-checked by the PI, eligible. IWRS randomization done 13:05, kit # 4471-0912 dispensed.

Hx: 63 yo M, ESRD 2/2 diabetic kidney disease, in-centre HD since 2014. T2DM, takes Lantus
(glargine) 30 units at bedtime, self-injects into his thighs. HTN, CAD s/p PCI 2016.
Anticoag: none, never on warfarin. ASA 81.

Post-run vitals -- BP 138/76 | pulse 81 | temp 36.6 | resp 16 | sat 97% (room air)
Wt 104.6 kg, Ht 175 cm, BMI 34.2
Pre-dose chemistries (off the circuit): Ca/Phos/iPTH/Alb = 9.4/7.1/612/3.6

IP: 1.0 mL SC into the left lower abdominal quadrant at 14:10. Per the pharmacy manual every
dose goes into the L lower quadrant, rotating spots within it. Observed 30 min. No
immediate local reaction, no erythema. Next dose Day 8 after HD. Wallet card + diary given.
"""),
("2019-05-08", "SAE Report - Initial Narrative", """
SERIOUS ADVERSE EVENT - INITIAL REPORT (faxed to sponsor safety within 24 h)
Study ORN218-201 | Subject 014-0037 | Report date 08-May-2019
Event term (verbatim): painful necrotic skin lesion, left lower abdomen
Seriousness: hospitalisation (admitted 07-May-2019)     Severity: CTCAE grade 3

Narrative: A 63-year-old male haemodialysis patient with obesity and type 2 diabetes
managed with insulin was randomised on 12-Mar-2019 and has recieved blinded IP once weekly
by SC
injection into the left lower abdominal quadrant, last dose 02-May-2019 (Week 8). On
06-May-2019 he noticed a tender dark patch in that area. At admission the L lower quadrant
showed a stellate violaceous plaque of 6x4cm with a black eschar of 15 mm at its centre and
livedo around it, lying inside the field used for the study injections. Afebrile; WBC 8.9;
Ca x P product 68. Dermatology took a 4-mm punch biopsy 08-May-2019, result pending.
Differential: calciphylaxis vs injection-site necrosis.

Action taken with IP: interrupted. Blind maintained.
Causality (preliminary, PI): possibly related.     Outcome: not recovered.
"""),
("2019-05-14", "Dermatology Inpatient Follow-up", """
Dermatology follow-up -- inpatient, Wrexley General 6 West

Path back on the punch taken 5/8 from the L lower abd: subcutaneous capillaries and small
arterioles crusted with calcium (von Kossa confirms), several thrombosed, and necrotic fat
all about them. Read as calciphylaxis.

He rates the pain 7/10, peaking during dressing changes. Exam: the plaque at the L lower
abdomen has grown to 7x5cm, eschar now 2 cm across, firm retiform purpura along its rim.
Thighs (where he puts his own insulin), flanks and chest checked -- nothing new there.

A/P: 63M, ESRD/HD, DM2 (on glargine), BMI ~34, L lower-abdominal calciphylaxis
confirmed on histology. The plaque sits in the exact quadrant where the blinded study
injections have gone in every week since March; repeated needle trauma there is the likely
reason it came up in that spot.
- STS 25 g intravenously per session, renal dosing
- nonadherent dressing; sharp debridement deferred
- pain service consult
- IP remains on hold; sponsor safety aware per research team
- wound clinic 1 wk after discharge
"""),
("2019-06-20", "Investigator Causality Assessment - SAE Follow-up #2", """
SAE FOLLOW-UP #2 -- PRINCIPAL INVESTIGATOR ASSESSMENT
Subject 014-0037, Week 14 (unscheduled)       Investigator: R. Vashti, MD

Final diagnosis: calciphylaxis (biopsy 08-May-2019), left lower abdominal wall.
Onset date on the AE form: 06-May-2019. Stop date: ongoing.
Relationship: the lesion arose at the study drug injection sites (L lower quadrant, dosed
weekly from 12-Mar-2019). Calciphylaxis tends to favour traumatised adipose tissue, so I
assess its location as caused by the injections and the event as possibly related to IP.
Expectedness: unexpected (not in IB edition 4) -> submitted as a SUSAR.
Action: IP permanently discontinued; subject stays in follow-up off treatment.

Today: plaque 6x4cm, eschar softening, granulation at the edges. Pain 4/10.
HD MWF continues with STS. Vitals: BP 129/70, HR 77. Wt 102.9 kg, BMI 33.6.
Meds: glargine 26 u, lispro sliding scale, cinacalcet 60 mg, sevelamer 1600 with meals,
ASA 81, atorvastatin.
Next contact: phone at Week 16.
"""),
]}

D02 = {"patient_id": "D02", "age": 71, "sex": "F", "notes": [
("2016-11-18", "Research Visit - Vaccine Dose 2 (Month 1)", """
HEPSHIELD-D study (adjuvanted HBV vaccine in dialysis pts)   Site: Marlow Street Dialysis
Visit 3 - Month 1 - Dose 2                           Subj HS-0211    CRC: T. Brannigan

71 y/o female, in-center HD (TTS schedule) via L forearm AVF, anti-HBs negative at
screening. Dose 1 was given in October (Visit 2) into the right upper arm. Diary card
returned: day 1 mild soreness, nothing after day 2, no swelling, no fever. No AEs since
last visit.

Conmeds reviewed -- warfarin 4 mg daily for mech mitral valve (INR today 2.6), metoprolol,
calcium acetate 2 caps (667 mg each) with each meal, renal vitamin, epoetin with HD.
Not diabetic, no insulin.

VS: BP 148/82   HR 68   T 36.4   Wt 70.3 kg   BMI: 27.1 kg/m2

Dose 2 (0.5 mL) IM given by the study RN into the right upper arm (non-access side),
25G 1-inch needle; firm pressure held 5 min because of the INR. Watched 30 min, no reaction.

Skin of both arms intact. New 7-day diary card issued.
Next: Visit 4 (Month 6) dose 3, anti-HBs titre at Month 7.
"""),
("2016-12-20", "Dialysis Unit - Nephrology Rounding Note", """
HD ROUNDS    Marlow Street Dialysis    Chair 14    Dr. Fennimore

RN flagged a painful sore on the pt's R arm. Per pt, a small tender purple spot appeared on
the outer aspect of her R upper arm about 3 wks ago, spreading ever since; lying on that
side at night is now impossible for her. No fever, no drainage. Doesn't remember hitting it.

Exam: R lateral upper arm -- indurated plaque 3.5x3cm, violaceous lacy border, a black
1-cm eschar centrally, exquisitely tender. L arm AVF good thrill/bruit.

Labs 12/13 -- Ca 2.52 mmol/L | PO4 2.20 | PTH 89 pmol/L | alb 32 g/L | INR 3.1

Tx today: 3 h 45 min, UF 2.4 L, BFR 400, 2K/2.5Ca bath, uneventful run.

A/P: necrotic, very painful plaque on the R upper arm; ESRD, on warfarin, Ca x P high.
Worried about calciphylaxis.
- derm asap for a punch bx
- calcium acetate -> sevelamer
- study team told (she is in the HBV vaccine trial); AE form to be completed
- cardiology re: warfarin, given the mechanical valve
"""),
("2017-01-05", "Dermatology Clinic Note", """
DERMATOLOGY -- Kestrel Hill Clinic

CC: f/u R arm ulcer, biopsy result.
Punch biopsy done here 12/22/2016 at the margin of the R lateral upper arm lesion:
subcutaneous small-vessel walls encrusted with calcium, intimal hyperplasia, thrombi,
septal panniculitis. Verdict: calciphylaxis.

Interval: the plaque has opened into a 4 cm ulcer with adherent eschar, pain 8/10.
Remaining skin: no lesions on trunk, thighs or legs.

PMH: ESRD on HD (three mornings a week), mechanical MVR -> warfarin, HTN, hypothyroid.
Non-diabetic.
Wt 69.5 kg; BMI 26.8 (per chart).
Takes part in a vaccine study at her unit -- the coordinator has the AE report.

Impression: calciphylaxis, R lateral upper arm, biopsy proven.
Plan:
1. STS 25 g IV thrice weekly at dialysis -- nephrology to order
2. cardiology: warfarin has to continue for the valve; INR target kept at the low end
3. hydrocolloid over the eschar, gentle cleansing, no debridement
4. RTC 3 wks
"""),
]}

D03 = {"patient_id": "D03", "age": 58, "sex": "F", "notes": [
("2022-12-06", "Research Visit - Week 4 (Pruritus Trial)", """
ITCH-LESS PD (Protocol VX-P3-07) -- Week 4 visit
Site 22, Calder Valley Kidney Research  |  Subj 22-119  |  coord: J. Haddad

58 yo F on CCPD (cycler nightly, 5 exchanges, icodextrin last fill), on PD since 2019.
Randomised 11/08/2022 to oral vexilurant vs placebo, 1 cap BID.

Weekly WI-NRS (worst itch): wk1 8, wk2 8, wk3 7, wk4 7. 5-D itch scale completed.
Subject says the itch is worst over the fronts of both thighs in the evening. Since
Thanksgiving she has laid frozen gel packs across both thighs every night for 20-30 min,
"the only thing that calms it". Advised to wrap packs in a towel, max 15 min.

Skin (PI): linear excoriations bilat anterior thighs and forearms, no open sores,
no purpura.
VS: 132/84, HR 88, T 36.8.  Wt 102.0 kg   BMI (calc.) 38.0 -- class II obesity.
Conmeds: sertraline 50, furosemide 80 BID, calcitriol 0.25 mcg/d, sevelamer carb 2400 mg
with meals. No diabetes. No warfarin.
Compliance: 54 of 56 caps taken by count. New AEs: none.
"""),
("2023-01-17", "Unscheduled Research Visit - Adverse Event", """
UNSCHEDULED VISIT -- AE      (Subj 22-119, ITCH-LESS PD)

Subject phoned 01/16 about "hard purple bruises" on her legs; seen today.
She first noticed them 3 wks ago on both upper legs, steadily more painful; she can no
longer stand the gel packs or her jeans touching them.

Exam (PI Dr. Sandoval): L anterior thigh: violaceous, indurated plaque 8x6cm, black central
eschar (2 cm), livedo at the periphery. R anterior thigh: firm retiform purpura 5x4cm, no
eschar so far. Both exquisitely tender. No fluctuance.

PD effluent clear; catheter exit unremarkable.
Labs today: PTH 73 pmol/L, adj Ca 2.47, PO4 2.39 mmol/L, alb 30 g/L

AE recorded: "painful skin lesions both thighs", grade 3, non-serious for now.
Study drug continued pending dermatology. PD nurse informed.
Same-week dermatology referral; suspicion of calciphylaxis documented.
Gel packs stopped.
"""),
("2023-01-24", "Dermatology Consult", """
Dermatology Consultation -- Calder Valley

Reason: painful thigh plaques in a PD patient enrolled in a pruritus trial

58F, ESRD on CCPD, obesity (BMI 37.6 today), no diabetes.
Bx 01/19/23 (incisional, edge of the L anterior thigh plaque): arterioles of the fat lobules
with medial calcium, fibrin thrombi, necrosis -> calciphylaxis.

Exam as in the research note, except the R thigh now has a small eschar too.

Assessment: calciphylaxis of both anterior thighs. Of note, both plaques lie squarely where
she has iced nightly since Thanksgiving to settle her itch; repeated cold injury to the fat
is a plausible local trigger.

Plan: - no more ice, and no heating either; loose cotton clothing
- STS alongside her PD regimen per nephrology; stop calcitriol, start cinacalcet
- wound care referral, moist dressings, weekly photos for the trial
- research team will upgrade the AE to serious if she is admitted
"""),
]}

D04 = {"patient_id": "D04", "age": 49, "sex": "M", "notes": [
("2024-01-09", "Research Visit - Month 9 (PD Solution Trial)", """
GLYCOSAVE-PD   Month 9 visit   Site 03 (Eastmoor Home Dialysis)
Subject 03-0058, 49 M.    Coordinator: L. Pritchard

Modality: CAPD, four 2-L exchanges/day, study bags since 04/2023. Weekly Kt/V 1.9;
residual urine 450 mL/d. No peritonitis episodes.
Diabetes: T2DM on insulin degludec 24 u daily + aspart with meals. A1c 7.6.
Warfarin: no. Antiplatelet: clopidogrel.

Exit site: RLQ, clean and dry, no crust, score 0.
Catheter securement / skin: since last summer he has worn a tight elastic catheter belt
around his waist to hold the transfer set; the edge of the belt leaves a deep red
pressure groove across the left flank. Advsied to loosen it or try a softer holder.

VS: 144/90   HR 79   T 36.7   Wt 98.2 kg   Ht 1.765 m   BMI 31.5   SpO2 98%
Labs: iPTH 455 pg/mL, phosphorus 6.2 mg/dL, calcium 9.6 mg/dL, Hb 10.8, K 4.1, HCO3 24.

AEs since M6: none. Bags dispensed: lot 2309B, 120 bags.
Next visit M12 (April).
"""),
("2024-03-05", "PD Clinic - Nephrology Note", """
Home Dialysis Clinic -- nephrology follow-up    Eastmoor

49M, ESRD (IgA nephropathy + DM2) on CAPD, here ahead of schedule because of an extremely
painful spot over his L side. It began mid-February like a "hard bruise" and has since gone
black centrally. Pain 9/10; lying on his left is out of the question. Afebrile; no injury
that he can think of.

Exam: L flank, some 8 cm cephalad of the iliac crest: indurated violaceous plaque 5x3cm,
necrotic core ~1.5 cm, livedo reticularis fanning out around it. RLQ exit site clean.
Effluent clear.

Labs: iPTH 520, phos 7.0, Ca 9.8, albumin 3.1.

Impression/plan:
(1) Necrotic plaque of the L flank, PD, phosphate running high -- calciphylaxis is the
    working diagnosis pending tissue; derm to biopsy this week
(2) Phos: increase sevelamer to 2400 with meals; renal dietitian
(3) Stop calcium carbonate
(4) Let the GLYCOSAVE-PD coordinator know (AE)
(5) Insulin unchanged
"""),
("2024-03-19", "SAE Follow-up - Dermatology Summary", """
SAE FOLLOW-UP (Subj 03-0058)   entered by L. Pritchard, CRC, from source documents

Event: calciphylaxis, left flank. Upgraded to SAE -- inpatient 03/08/2024 to 03/14/2024
(analgesia, IV sodium thiosulfate).
Dermatology (Dr. Aurelio) punch bx 03/07/2024: calcified subcutaneous arterioles, thrombi
within them; picture of calciphylaxis.
Onset: mid-February 2024 per subject.

Course: an icodextrin long dwell was added to his PD prescription for phosphate and volume;
STS (25 g) given IV on alternate days during the admission, continued at the home infusion
center. Lesion at discharge: 5x3.5cm, dry eschar, no sign of infection.

Investigator causality: not related to the study PD solution (no plausible mechanism).
IP continued. Outcome: not recovered/not resolved.
BMI at discharge 30.9. Insulin degludec reduced to 20 u.
"""),
]}

D05 = {"patient_id": "D05", "age": 66, "sex": "M", "notes": [
("2017-06-14", "Research Procedure Note - Muscle Biopsy (Visit 2 / Day 1)", """
RESEARCH PROCEDURE NOTE
Study: STRONGER-CKD (ABX-61 vs placebo, IV q4wk) -- protocol-mandated muscle biopsy
Subject SC-1042   Date: 14-Jun-2017   Operator: Dr. P. Lindqvist   Assist: K. Moreau RN

Biopsy consent is part of the main ICF (v2.0, signed 05/30/2017). Time-out performed.
66 yo M, ESRD on CCPD, no diabetes. DVT 2010, warfarin for 6 months, none since.
Aspirin held 5 days. Plt 212, INR 1.0.

Procedure: percutaneous needle biopsy, R vastus lateralis, mid lateral thigh ~15 cm above
the patella. Chlorhexidine prep, 1% lidocaine 8 mL. 7-mm stab incision, 5-mm Bergstrom
needle with suction, 3 passes, ~140 mg tissue; samples snap frozen / formalin.
Pressure 10 min, incision closed with steri-strips, pressure dressing.
EBL < 5 mL. No complications, tolerated well.

Post: keep dry 48 h, no heavy lifting. Wound check at Week 2.
Vitals: 131/78, HR 72, Wt 77.8 kg, body-mass index 24.3
First IP infusion given after the biopsy (Day 1) through a R antecubital IV, removed after.
"""),
("2017-06-28", "Research Visit - Week 2", """
STRONGER-CKD   Week 2 visit   Subject SC-1042   CRC: D. Amankwah

Wound check, R lateral thigh biopsy site: 7 mm linear scar, well healed; steri-strips
removed; no redness or haematoma. Mild ache for the first 3 days only.

Interval hx: cloudy PD fluid x 1 day on 06/24, seen in the PD unit -- peritonitis
(coag-neg staph), intraperitoneal vancomycin started; feeling better.
He asks whether he must do the Week 24 repeat biopsy -- yes per protocol, the other leg is
allowed.

VS: BP 126/74 HR 80 T 37.1. Wt 77.1 kg.
AEs: peritonitis (grade 2, not related). Conmeds added: vancomycin IP.
Next IP infusion Week 4.
"""),
("2017-08-22", "SAE Narrative - Initial", """
SAE INITIAL REPORT    STRONGER-CKD    Subject SC-1042
Event: calciphylaxis, right thigh.    Seriousness: required hospitalization 08/17/2017.

Narrative: 66-year-old man with ESRD. He was on CCPD at enrolment; after recurrent
peritonitis his PD catheter was removed 07/11/2017 and he switched to in-centre
haemodialysis, access by a tunnelled catheter in the R internal jugular. IP given Day 1
(14-Jun-2017), Wk 4 and Wk 8. In early August he felt a sore, hardened patch over the
lateral right thigh. By admission it was a violaceous plaque (4x3cm) with a central eschar, centred on the healed
scar of the baseline research muscle biopsy. Skin punch biopsy 08/18/2017: calciphylaxis.
Ca 10.3, PO4 7.8, PTH 1020.

PI comment: the lesion developed in the needle-biopsy track of 14-Jun-2017, and the
procedure is regarded as the local trigger. Calciphylaxis is not a listed event for
ABX-61; causality to IP unlikely, causality to a protocol procedure probable.
Action: IP interrupted, Week 24 biopsy cancelled.
"""),
("2017-10-03", "Nephrology Clinic Follow-up", """
Nephrology clinic     Hollins Renal Associates

66M ESRD, now in-center HD MWF (tunnelled R IJ line for now; L arm fistula created 9/12,
maturing). PD ended after the July peritonitis. Seen for follow-up of his R lateral thigh
calciphylaxis, dx Aug 2017.

Better. Pain down to 3/10; gabapentin 100 mg is given after dialysis. Receiving STS 25 g at
every treatment plus cinacalcet 60.
Exam: R lateral thigh ulcer 3.5x2.5cm, clean granulating base; eschar gone since the wound
clinic debridement on 9/20. Nothing new elsewhere.

Wt 76.2 kg, body-mass index 24.1
Hx: DVT 2010 -- 6 months of warfarin, then off; told never to restart it now.
No diabetes.

Labs: Hgb 102 g/L, adj calcium 2.25, phosphate 1.65 mmol/L, PTH 64 pmol/L
Plan: STS for 6 more weeks then reassess; research team aware, he remains in follow-up
off IP; sevelamer 1600 mg TID.
"""),
]}

D06 = {"patient_id": "D06", "age": 61, "sex": "F", "notes": [
("2025-05-13", "Research Visit - Month 18 (CV Outcomes Trial)", """
ARCLIGHT-HD   Month 18 visit    Site 41, Pinecrest Clinical Research
Subj 41-0760   61 y F    CRC: S. Whitcombe

Interval history since M15:
- Screening mammogram in March showed grouped calcifications, L breast upper outer
  quadrant. Stereotactic core biopsy, L breast, done 2 months ago at Pinecrest Breast
  Center; path benign (fibrocystic change, vascular calcification). Entered as a
  concomitant procedure in the eCRF.
- No hospitalizations, no falls.

HD: MWF in-center, R upper arm AVG, 4 h.
DM2: insulin glargine 40 u + aspart by carb count. A1c 8.1.
Anticoagulation: none.   Study drug (oral, blinded): 98% compliance by pill count.

VS: BP 156/88, HR 74.  BMI 41.4 (118.2 kg / 169 cm)
Skin: L breast biopsy site healed, 4 mm scar at 2 o'clock, no bruising.
MACE screen negative. Next visit M21.
"""),
("2025-06-02", "Unscheduled Visit - AE Report", """
UNSCHEDULED VISIT / ADVERSE EVENT
Subj 41-0760   ARCLIGHT-HD   PI: Dr. N. Oduya

Subject rang the site 05/28/2025: an exquisitely sore, hard lump had come up in her left
breast, first felt on 05/26/2025. Seen today.

Exam: L breast, UOQ -- violaceous indurated plaque 5x4cm, retiform purpura across its
surface, dusky-black centre about 1 cm; peau d'orange-like skin at the margin.
Nipple without discharge; axillae without nodes; right breast unremarkable.
Temp 37.0, BP 162/90.

Labs: WBC 7.2; albumin 3.3; Ca (corrected) 9.7; phosphorus 6.9 mg/dL; intact PTH 733

Assessment: necrotic L breast plaque in an HD patient with obesity and insulin-treated DM.
Ddx: calciphylaxis; inflammatory carcinoma of the breast; fat necrosis; abscess.
- AE entered: "left breast necrotic plaque", grade 3
- urgent breast surgery + dermatology referrals
- study drug continued, no dose change
"""),
("2025-06-16", "Dermatology Consult Note", """
DERMATOLOGY CONSULT     Pinecrest Medical Center

Referred by the research site for a L breast plaque.
Background from the chart: dialysis-dependent ESRD (HD), insulin-requiring DM2, HTN,
morbid obesity (BMI 41.0 today).

Tissue: on 6/5 breast surgery took an incisional wedge (skin + subcutis) from the L breast.
Small subcutaneous vessels calcified, fat necrosis widespread, von Kossa stain positive;
final path reads calciphylaxis. No malignancy seen.

Exam today: L upper outer breast plaque, 6x4cm, central eschar of 2 cm, very tender to
touch. Abdomen and thighs clear, no further lesions.

Impression: calciphylaxis, left breast (biopsy-proven).
Plan: STS with dialysis, stop the calcium-based binder, wound care (calcium alginate,
soft supportive bra without underwire), pain team. Research site informed -- SAE upgrade
if she is admitted. RTC 2 wks.
"""),
]}

D07 = {"patient_id": "D07", "age": 55, "sex": "M", "notes": [
("2020-11-03", "Research Visit - Month 6 (AF Anticoagulation Trial)", """
SHIELD-AF-HD   Visit M6    Site 007 (Bellrock Nephrology Research)
Subject 007-221    55 y M    Arm: open-label warfarin (randomised 05/2020)

INR log reviewed: 7 of 9 INRs in range since M3; TTR 64%. Last INR 2.4 (10/29).
Warfarin dose: 7.5 mg Mon and Fri, 5 mg the other days.
Bleeding: none (ISTH). Stroke/TIA: none. Falls: none.

HD: MWF 2nd shift, L upper arm AVF. Works full-time as a rideshare driver, about
10 h a day in the car on non-dialysis days.
DM2 -- linagliptin 5 mg only, no insulin. A1c 6.9.

VS: BP 140/80 | HR 92, AF, rate controlled | ht 179 cm / wt 96.0 kg
BMI=30.0; meets class I obesity
Skin: not examined this visit.

Conmed changes: none. AEs: none. INR weekly through the dialysis unit.
Next visit M9 (Feb 2021).
"""),
("2021-01-19", "SAE Narrative", """
SAE NARRATIVE    SHIELD-AF-HD    Subject 007-221

Event term: calciphylaxis (right buttock).   Serious: hospitalization 01/15/2021, ongoing.
The subject, 55, is a man with ESRD on in-centre HD, obesity, type 2 diabetes and
atrial fibrillation, randomised to warfarin. In early January 2021 he developed pain in the
right buttock followed by a dusky patch. Admitted 01/15 with a necrotic plaque, 7x5cm, over
the upper-outer right buttock, black eschar, livedoid rim. INR 2.7. Incisional skin biopsy
01/16/2021: arteriolar calcification with thrombosis -- calciphylaxis.

Action with study treatment: warfarin permanently discontinued 01/16/2021 (investigator
decision); unfractionated heparin with HD only, rate control continued. Subject remains in
the trial for outcome follow-up.
Treatment of event: IV sodium thiosulfate with each HD, surgical consult.
Causality (PI): probably related to warfarin (recognised risk factor).
Outcome: not recovered.
"""),
("2021-02-09", "Wound Care Clinic - New Patient", """
Wound & Hyperbaric Clinic -- new patient     Bellrock

55M, ESRD on HD, DM2, AF (warfarin stopped 1/16 after dx), calciphylaxis R buttock
(bx-proven 1/16/21). Onset early Jan.

He drives ten hours a day and has carried a thick wallet in his right back pocket for
years; he sits on it in the car and through every 4-h dialysis run. The ulcer is exactly
on the spot where the wallet presses -- pressure from the wallet is most probably why it
came up there. Told to move the wallet to a front pocket and use a gel seat cushion.

Wound: R buttock, L 6.8 / W 4.5 / D 0.3 cm; bed 70% black eschar and 30% yellow slough;
scant serous exudate; livedo around the edges. No odour. Pain 8/10.
BMI 29.4 (94.1 kg)

Plan: collagenase to the eschar edges, foam dressing, offloading, continue STS.
Not a hyperbaric candidate at present. RTC 1 wk for dressing chnage and measurements.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
