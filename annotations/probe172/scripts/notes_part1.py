"""probe172 corpus notes, D01-D07 (grand rounds, M&M, case-report drafts and the clinics around them; all invented)."""

D01 = {"patient_id": "D01", "age": 62, "sex": "F", "notes": [
("2018-02-27", "Peritoneal Dialysis Clinic Note", """
HOME THERAPIES (PD) - monthly visit, Linden Falls Kidney Center
DOS 02/27/2018

62 y/o F. ESRD, IgA nephropathy. CCPD since spring 2016: the cycler does
four night fills, icodextrin long dwell by day. Seen for the monthly review
and her anemia.

Interval: "washed out"; a single flight of stairs winds her. Peritonitis-free
this year. Exit site (RLQ) dry, no crust, nontender.
PMH: pAF (on warfarin; aim INR 2.0-3.0); hypertension; obesity; OSA (uses CPAP).
Nondiabetic, A1c was 5.4 in Dec.
Meds: warfarin 5 daily | sevelamer 2 tabs TID c meals | calcitriol .25 |
Toprol XL 50 | amlodipine 10

VS 148/86 | 74 irreg | 36.7 | 88.1 kg | BMI 31.8
Labs (2/20): Hb 8.7 L; ferritin/TSAT 412/27%; Ca/P/PTH/alb 9.4/6.1 H/688 H/3.3

A/P
1. Anemia (Hb 8.7) w/ decent iron numbers -> darbepoetin 40 mcg subQ,
   fortnightly. RN Talbot gave dose #1 here today, subQ, R lateral thigh;
   pt chose that spot & plans to self-inject there at home. Teach-back
   with the prefilled syringe: competent.
2. CKD-MBD: phosphorus high; went over binder timing; renal dietitian.
3. pAF: INR 2.6; warfarin dosing stays with the anticoag clinic.
Return in a month.   -- Mireille Okafor-Lind, NP
"""),
("2018-05-14", "Dermatology Consult", """
DERMATOLOGY - outpatient consultation
Referral: Linden Falls Kidney Center (PD team)
Chief complaint, pt's words: "my right leg feels branded"

HPI: 62F on PD, anticoagulated with warfarin for AF, referred for an
agonizing lesion on the R lateral thigh. Onset 05/01/2018, a sore
reddish-purple patch at first, darkening since w/ a black middle. Pain rated
9/10, nights the worst; even the bedsheet is too much. She gives herself
darbepoetin every other week in this same thigh (last 5/8). Afebrile, no
med changes.

Exam: R lateral mid-thigh, plaque 7x5 cm, violaceous and hard, purpura in a
retiform net at the border, central eschar, black, ~1.5 cm; touch alone
provokes pain. Other thigh, abdomen, breasts: nothing. No livedo elsewhere.

Impression: R thigh - retiform purpura gone necrotic; PD; warfarin-treated.
Calciphylaxis heads my list; warfarin necrosis and cholesterol emboli
also possible; vasculitis unlikely.
Procedure: deep incisional biopsies x2 at the purpuric margin; asked the
lab for von Kossa along with routine stains.
Plan: no injections into the R thigh until the path is back; message to
nephrology about warfarin. Petrolatum + nonstick pad.
P. Szabo-Reyes, MD (derm)
"""),
("2018-06-21", "Nephrology Grand Rounds Case Presentation", """
NEPHROLOGY GRAND ROUNDS - CASE PRESENTATION (speaker notes)
Presenter: Rohan Anand, MD (PGY-5)   Discussant: Dr. Ingrid Halvorsen
Title: "One syringe, one thigh"

The case. Woman, 62, kidney failure from IgA disease, two years on cycler
PD; paroxysmal AF treated with warfarin; BMI near 32. Darbepoetin alfa was
started 02/27/18, and she self-injected it subcutaneously, once a fortnight,
always in her R lateral thigh. On 05/01/18 a painful violaceous plaque came
up precisely where those darbepoetin shots went, R lateral thigh, and it
ulcerated inside two weeks.
Biopsies of 5/14: subcutaneous arteriolar medial calcification, intimal
hyperplasia, lobular fat necrosis; von Kossa lit up the vessel walls.
Final diagnosis: biopsy-proven calciphylaxis.

Teaching points
- localization to a repeatedly injected site (isomorphic, Koebner-type)
- cofactors: warfarin, phosphate above 6, PTH 688, obesity, low albumin
- our management: warfarin swapped for apixaban; STS (25 g) given Mon/Wed/
  Fri, infusion suite chairs; calcitriol off; cinacalcet on;
  ESA injections relocated away from the thigh
For the audience: in a PD patient, should the ESA go IV at clinic visits
rather than subQ at home?
"""),
("2018-09-18", "Peritoneal Dialysis Clinic Note", """
PD CLINIC - Linden Falls Kidney Center         DOS 09/18/2018
Fu calciphylaxis R thigh + routine PD review.

S: Pain much better, 2/10, sleeping through the night. Completed 12 wks of
STS infusions 8/30. Off warfarin since late May (apixaban 2.5 bid now).
Darbepoetin now given by the RN at clinic visits, subQ into the upper arms.
O: 132/78, pulse 70 regular; BMI 31.2 at 86.0 kg.
R lateral thigh wound: eschar has lifted, 3.5x2 cm clean granulation,
edges advancing, no purpura at the rim, no odor.
Exit site clean. Kt/V 1.9 (July PET/adequacy).
Labs: Hb/Ca/P/PTH/alb = 10.6/9.0/4.9/402/3.5
A/P:
- calciphylaxis, healing. Continue moist dressing, wound RN q2wk.
- CKD-MBD better on cinacalcet, calcitriol still held.
- Anemia: at goal, keep dose.
- Reviewed her phosphorus diary; pt pleased.
M. Okafor-Lind NP / seen w/ Dr Halvorsen
"""),
]}

D02 = {"patient_id": "D02", "age": 49, "sex": "M", "notes": [
("2023-01-18", "Emergency Department Note", """
ED PROVIDER NOTE - Marrow Creek Regional
Triage 14:12, ESI 3.   CC: pain in both sides, "purple patches"

HPI: 49M, dialysis-dependent (TTS at Marrow Creek; tunneled chest cath,
L arm fistula not yet cannulated); insulin-treated DM2; huge ventral
hernia that surgery declined to repair in 2021. C/o 1-2 wks of burning
pain along both flanks. Noticed the dark patches in early January;
getting bigger. Denies falls, blows or other injury. Wears an elastic
abdominal binder all day for the hernia, per the surgeons, since last summer.
No fever, no dysuria.

PE: 37.1 C; HR 96; BP 171/94; RR 18; O2 sat 97%, no supplemental oxygen.
139 kg (BMI 44.7).
Abd obese, large reducible ventral hernia, nontender. Flanks: bilateral
firm violaceous patches 8-10 cm long lying in horizontal bands, very
tender, the L one w/ a 2 cm dusky center. Nothing crepitant or fluctuant.

Labs: WBC 9.8 | Hb 10.4 | plt 221 | K 5.3 | Ca/P 9.9/7.2 | lactate 1.4
MDM: the pain is far beyond what the skin shows. Ddx cellulitis vs hematoma
vs calciphylaxis (ESRD, phos 7.2, insulin, obesity). NSTI unlikely (no
crepitus, lactate nl). Spoke w/ renal fellow.
Dispo: admit medicine, derm consult AM.   -- T. Brannigan DO
"""),
("2023-01-20", "Dermatology Inpatient Consult", """
DERM CONSULT - inpatient, 6 West
Reason: flank lesions, r/o calciphylaxis

49M, HD, DM2 on glargine/lispro, BMI 44. Pt first noticed the lesions in
early Jan 2023. Examined w/ and w/o his abdominal binder: the elastic lower
hem of the binder, worn daily since summer 2022, sits exactly over both
lesions; skin above and below the hem is spared.

Exam:
 R flank - 9x4 cm band of firm retiform purpura, skin unbroken
 L flank - 11x5 cm, same morphology, beginning to necrose centrally
 Thighs, breasts, arms: clear. Skin over the hernia sac intact.

Impression: clinical picture of calciphylaxis, with both plaques lying at
the sites of chronic binder pressure. Bx to confirm.
Procedure: 6 mm double-punch (deep) at the L flank edge, gelfoam.
Recs:
1. Binder off now; surgery to advise on hernia support w/o a tight hem.
2. STS per nephrology after bx, cinacalcet, stop calcium-based binder.
3. Pain: hydromorphone po prn; wound care RN.
Dr. Y. Castellanos-Webb
"""),
("2023-04-26", "Department of Medicine M&M Conference Summary", """
DEPT OF MEDICINE - MORBIDITY & MORTALITY CONFERENCE, SUMMARY
Case #3 of 4, presented by hospitalist team C. Deidentified.

Pt: man of 49 on hemodialysis, insulin-requiring DM2, admission BMI 44.7,
large ventral hernia managed w/ an elastic abdominal binder since the
summer of 2022.

Timeline
- Jan 2023: painful purple plaques of both flanks, first seen early January
- 1/18 ED: admitted; calciphylaxis in the ddx
- 1/20 derm: bx L flank; binder ordered off
- 1/20-1/24: binder kept on by nursing per the old surgical order
- 1/25 pathology back: calciphylaxis (calcium-encrusted small vessels,
  clot in lumina, dead fat)
- 2/02: L flank debridement in OR; STS 3x/wk w/ HD
- Disch 2/15 to SNF; BMI at discharge 43.9

Event reviewed: 4-day delay in removing the binder after derm's rec, due
to a conflicting standing order.
Discussion: on each side the flank lesions traced the binder's lower hem;
devices that press fat against fascia can localize calciphylaxis.
Outcome at 3 mo: R flank healed, L flank granulating.
Actions: order-reconciliation prompt when a consult discontinues a device.
"""),
]}

D03 = {"patient_id": "D03", "age": 67, "sex": "F", "notes": [
("2020-01-06", "Primary Care Office Visit", """
PRIMARY CARE - Willowmere Family Practice
67F, f/u R shoulder pain + med check.

S: R shoulder ache ~6 wks, worse reaching overhead or lying on that side.
Since Christmas, nightly, the electric heating pad goes on top of her R
shoulder, and more nights than not she falls asleep before turning it
off ("nothing else touches it"). No injury, no fall. Dialyzes MWF at the
Cedar Row unit, tolerating.
PMH: kidney failure from hypertensive nephrosclerosis, HD since 2015;
mechanical (bileaflet) mitral prosthesis 2009 -> warfarin; HTN;
hypothyroidism. Not diabetic.
Meds: warfarin (INR clinic), levothyroxine 75, sevelamer, midodrine pre-HD.

O: 128/70, P 66, 36.5. 70.3 kg / 160 cm -> BMI 27.4
R shoulder: painful arc 70-120 deg, Hawkins positive, ER 5-/5. Shoulder
skin unremarkable - no redness, no mottling.

A/P:
1. Probable R cuff tendinopathy: refer to PT; scheduled acetaminophen.
   Advised: only a heating pad with auto-shutoff, 20 min max, never asleep.
2. Anticoag: INR 3.1, per clinic.
3. Hypothyroid: TSH 2.1, same levothyroxine dose.
RTC 3 mo. -- Dr. Aurelio Fenn
"""),
("2020-02-18", "Dermatology Consult", """
DERMATOLOGY NEW CONSULT
Ref: Dr. Fenn (PCP) / Cedar Row Dialysis

HPI: 67F on HD, warfarin for a mechanical MV. Three wks ago a sore
purplish patch began on top of her R shoulder; the center has since gone
dark. Burning, 8/10, keeps her up. Afebrile.

ROS: otherwise neg.
Exam: R superior/posterior shoulder: 6x5 cm stellate retiform purpura,
firm indurated base, central 2 cm black necrosis; rim of livedo. L shoulder,
upper arms, trunk and legs w/o lesions.
Labs (HD unit 2/11): Ca/P/PTH/alb 9.6/6.8/912/3.0; INR 2.8

A: necrotic retiform purpura, R shoulder, HD + warfarin -> favor
calciphylaxis; warfarin necrosis on the list.
P:
- two deep incisional biopsies from the margin today (H&E, von Kossa)
- warfarin can't simply stop (mechanical valve) -> cardiology + nephrology
- silver alginate, bordered foam; wound RN
- f/u 1 wk w/ results   -- Dr. N. Oduya
"""),
("2020-03-12", "Dermatology Grand Rounds Case Presentation", """
DERMATOLOGY GRAND ROUNDS - CASE 2
Presented by: Farah Lindqvist, MD (derm resident)
Title: Proximal calciphylaxis when warfarin cannot be stopped

HPI (summary): 67-yo woman, HD since 2015 for nephrosclerosis, mechanical
mitral valve on warfarin, BMI 27.4. Painful purpura of the R shoulder began
in late January 2020 and necrosed centrally over two weeks.
Histopathology (2/18): arterioles of the subcutis ringed by calcium, small
thrombi, septal panniculitis; the calcium stood out black with von Kossa.
Dx: biopsy-proven R shoulder calciphylaxis.

Discussion points
- proximal (shoulder/trunk) disease carries worse prognosis than distal
- warfarin continued at INR 2.5-3.0 after cardiology input; vitamin K2
  supplementation trialled
- thiosulfate (25 g) w/ every HD, given late in the run; cinacalcet up; PTH
  912 -> 540
- pain: scheduled hydromorphone + gabapentin 100 mg post-HD
Status 3/10: eschar stable, no new lesions. Hospice discussion deferred.
"""),
]}

D04 = {"patient_id": "D04", "age": 55, "sex": "M", "notes": [
("2021-07-13", "Operative Note - Plastic Surgery", """
BRIEF OPERATIVE NOTE - Plastic & Reconstructive Surgery
Date: 7/13/2021    Surgeon: K. Amadi-Petrov, MD

Preop dx: full-thickness burn, R dorsal foot, 40 cm2 (space heater contact
6/29/21; diabetic neuropathy, did not feel it)
Postop dx: same
Procedure: tangential excision, R dorsal foot burn; STSG (dermatome set
0.012 in) - donor L anterior thigh - meshed 1.5:1, stapled, bolstered.
Donor site: L anterior thigh 8x10 cm, dressed w/ xeroform + ABD.
Anesthesia: GA/LMA.  EBL 30 mL.  No complications.

PMH of note: HD-dependent ESRD, MWF (dialyzed 7/12; K 4.6 today), DM2 on
detemir, CAD (PCI 2019), HTN. BMI 28.6.
Plan: NWB RLE, bolster off POD 5, donor xeroform to dry and peel.
Insulin per endocrine protocol. HD per nephro tomorrow.
"""),
("2021-09-02", "Wound Care Clinic Note", """
WOUND & HYPERBARIC CENTER - follow-up
55M, ESRD/HD, DM2 on insulin

1) R dorsal foot STSG: ~95% take, small 1 cm open area lateral, no drainage.
2) L anterior thigh donor site: at the 7/27 visit it was re-epithelializing
normally. Pt reports the donor area became dark, hard and very painful in
August ("like something chewing on it"). Today: within the outline of the
donor site, 7x9 cm adherent black eschar w/ a violaceous retiform rim,
indurated, exquisitely tender. No fluctuance, no purulence.
Vitals 36.8 / 162/88 / 84. CBG 188.
HD labs 8/30: PTH 1140 | PO4 7.4 | albumin 2.9 | Ca 10.1

Assessment: necrosis in an STSG donor site - ?calciphylaxis given
uncontrolled MBD. Not typical of donor-site infection.
Plan: punch bx x2 from the rim today, special stain for calcium; no sharp
debridement until results; call nephrology; offload the thigh;
return 1 week.   -- L. Marchetti, RN, CWOCN / Dr. B. Hollis
"""),
("2021-11-15", "Case Report Draft", """
CASE REPORT - DRAFT v3 (for J Wound Care Cases; do not circulate)
Title: Calciphylaxis arising in a split-thickness graft donor wound

Abstract (working): Trauma can localize calciphylaxis. We describe a
patient whose first calciphylaxis lesion formed in a surgical donor site.

Case: A man aged 55, on hemodialysis three times weekly, BMI 28.6, a type 2
diabetic on insulin, had a full-thickness heater burn of the
right foot excised and grafted on 7/13/2021. Donor skin came from his left
anterior thigh. The donor site was healing at two weeks. In August 2021 it
became indurated, purpuric and painful, and by early September carried a
7x9 cm eschar confined to the harvested area.
Punch biopsies (9/2/2021): mural calcium deposits in arterioles of the
subcutis, clotted lumina, fat necrosis; von Kossa black -> calciphylaxis.
PTH was 1140 pg/mL; he had never taken warfarin.
Treatment: STS with each HD treatment plus cinacalcet,
low-calcium bath, parathyroidectomy 10/2021, staged debridement after
demarcation.

Discussion (outline): the donor wound as an iatrogenic trigger;
Koebner-type localization; advise caution with donor sites in HD pts.
"""),
]}

D05 = {"patient_id": "D05", "age": 71, "sex": "F", "notes": [
("2017-01-09", "Emergency Department Note", """
EMERGENCY DEPT - Fenwick Memorial
CC: fell on ice, L hip/buttock pain

HPI: 71F, HD MWF. Yesterday afternoon she lost her footing where the
sidewalk by her dialysis unit was iced over and came down hard, L
buttock first. Didn't hit her head, never blacked out. Has been
walking with her cane since. L buttock pain 6/10.
PMH: ESRD (chronic glomerulonephritis), HTN, hypothyroidism, morbid
obesity, gout. Not diabetic.
Meds: ASA 81, levothyroxine, calcium acetate 667 mg with meals, amlodipine,
allopurinol 100. No anticoagulation.

Exam: 36.6 | 158/82 | 78 | 16 | 98% RA. 117 kg, BMI 41.0.
L gluteal region: tender 10x8 cm hematoma, blue-purple ecchymosis, skin
intact. L hip moves fully, pain only at end range. Distal NV intact.
Films of pelvis + L hip: no fx seen by rads.

A/P: mechanical fall; L gluteal contusion with hematoma.
- acetaminophen 650 mg up to q6h; avoid NSAIDs (ESRD)
- Hb 10.9, at her baseline
- keep tomorrow's dialysis; fall precautions reviewed
Home with daughter.   -- J. Whitcombe, PA-C
"""),
("2017-02-14", "Wound Clinic Note", """
OUTPATIENT WOUND CLINIC - new pt
Ref: Fenwick Dialysis Center

71F on HD, BMI 41, referred for a black wound on the buttock.
HPI: pt dates it to 01/24/17, when a firm purple spot on the L buttock
began to hurt exquisitely; three weeks on it is black. Sitting in the
dialysis chair is agony. No fever. Daughter does dressings w/ gauze.

Exam: L buttock, superolateral - dry black eschar 6x4 cm inside a
2-3 cm collar of indurated violaceous livedo; periwound very tender.
No drainage, odor or undermining. R buttock and sacrum intact.
Pedal pulses palpable.

Assessment: necrotic L buttock eschar, pain far exceeding the findings,
dialysis pt, obese: suspect calcific uremic arteriolopathy.
Plan:
- 4 mm punch bx x2, periphery, today
- eschar: keep dry, do not debride yet; foam cover; gel cushion for
  the HD chair
- letter to Dr. Varga (nephrology)   -- D. Amsel, MD, wound care
"""),
("2017-03-08", "Hemodialysis Rounding Note", """
HD ROUNDS - Fenwick Dialysis Center, Chair 14
71F, HD MWF 4h, L BC fistula, EDW 115.5 kg.

Path from wound clinic (2/14 bx, L buttock): calcification of small
subcutaneous vessels w/ thrombi and fat necrosis -> consistent w/
calciphylaxis (calcific uremic arteriolopathy). Reviewed w/ pt + daughter.

Run today: BFR 400, DFR 600, UF 2.4 L, BP 146/70 -> 128/66, no cramps.
Labs 3/6: Ca/P/PTH/alb/Hb 10.2/6.4/780/3.1/10.5
Weight 115.8 kg (BMI 40.6).

Problems/plan -
1. Calciphylaxis L buttock: thiosulfate 25 g IV each HD (run it over the
   4th hour), 1st dose today. Calcium acetate stopped ->
   sevelamer 800 three times a day; cinacalcet 30 once daily; 2.0 Ca bath.
2. Pain: oxycodone 5 mg prn; wound clinic weekly.
3. Gel cushion ordered for chair 14.
4. Nutrition consult for albumin.
-- Dr. T. Varga, nephrology
"""),
]}

D06 = {"patient_id": "D06", "age": 52, "sex": "F", "notes": [
("2024-10-22", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC - transplant-prep follow up
52F; kidney failure from diabetic nephropathy; in-centre HD TTS since 2022.

Interval: PCP started semaglutide (Ozempic) 0.25 mg weekly in September for
glycemia and to reach the BMI < 35 cutoff for the transplant list. She
injects it herself on Sunday nights into her belly, around the belly button.
Some nausea wk 1, now fine. Lost 2 kg. No new skin issues mentioned.
DM2: linagliptin only - insulin never part of her regimen. No anticoagulants.

Vitals: 152/84, 80, 101.5 kg, 163 cm, BMI 38.1
Labs (10/15): Hb 10.9; K 5.0; PTH 850, PO4 6.6, Ca 9.8, alb 3.4; A1c 7.6

A/P:
1. Kidney failure on HD - spKt/V 1.5, adequate. Continue.
2. CKD-MBD: phos + PTH high -> sevelamer up to 1600 with each meal;
   add cinacalcet 30 mg. Avoid calcium carbonate.
3. Obesity / transplant listing - continue semaglutide, dose titration by
   PCP; recheck BMI Jan.
4. DM2 - A1c 7.6.
RTC 3 mo.  -- Dr. S. Ferreira-Nakamura
"""),
("2024-12-10", "Dermatology Consult", """
DERMATOLOGY CONSULT
Pt: 52 F, HD pt, DM2, on weekly semaglutide

HPI: tender hard lumps around the navel since November, now w/ a scab.
Pain 7/10, burning; clothing rubs on it. She says she gives her weekly
semaglutide shot right into this periumbilical zone.

Exam: periumbilical and infraumbilical abdomen - firm violaceous plaques x3
(2-5 cm) with retiform purpuric margins; the largest has a 2 cm
stellate ulcer w/ adherent eschar. Thighs, upper arms, breasts clear.

A/P: retiform purpura w/ ulceration at the GLP-1 RA injection zone; HD;
PTH 850: calciphylaxis is the leading dx; panniculitis or
injection-site reaction less likely.
- 2 deep punch bx (periphery of the largest plaque)
- hold semaglutide until path returns
- wound: hydrocolloid off, petrolatum gauze, foam cover
- notified nephrology (Dr Ferreira-Nakamura)
-- Dr. J. Whitlow-Mbeki
"""),
("2025-02-13", "Medicine Grand Rounds Case Presentation", """
DEPARTMENT OF MEDICINE GRAND ROUNDS - case presentation (handout)
"When the weight-loss shot leaves a mark"
Presenter: Chioma Adeyinka, MD, chief resident

A 52-year-old woman receiving in-centre haemodialysis for diabetic kidney
disease (DM2, never insulin-treated) was started on semaglutide in
September 2024 to help with transplant listing. She injected it weekly,
always into the skin around the umbilicus. In November 2024 tender
indurated plaques formed at those injection sites, and one ulcerated.
Biopsy 12/10/24: calcified small arterioles of the subcutis, microthrombi,
fat necrosis (von Kossa +). She has calciphylaxis.

Lessons
1. Any SC injection site can become a calciphylaxis site in an at-risk pt
   (hyperphosphatemia, PTH 850, obesity).
2. GLP-1 RA injections are new to many dialysis pts - consider site and risk.
3. Treatment here: STS 25 g post-HD x 3 mo, cinacalcet, sevelamer; semaglutide
   stopped; ulcer healed by late January.
Current BMI 36.4. Transplant evaluation on hold.
"""),
]}

D07 = {"patient_id": "D07", "age": 63, "sex": "M", "notes": [
("2019-06-11", "Operative Note - Vascular Surgery", """
OPERATIVE NOTE - Vascular Surgery, Harrowgate Medical Center
Date of surgery: 06/11/2019

Preop dx: dry gangrene L forefoot, non-reconstructable tibial disease
Postop dx: same
Procedure: L below-knee amputation (long posterior myocutaneous flap)
Surgeon: E. Quintero, MD   Asst: PGY-3 Hale
Anesthesia: spinal + sedation. EBL 150 mL.
Findings: viable muscle at the level of transection; tibia cut 12 cm below
the tibial tubercle, beveled anteriorly; fibula 1 cm shorter.
Closure: fascial layer w/ 2-0 absorbable, staples to skin; anterior
transverse incision line. Soft dressing + rigid removable dressing.

Pt: 63 M; ESRD, dialyzed Mon/Wed/Fri; insulin-treated DM2 (glargine +
aspart); PAD; h/o L leg DVT 2014 treated w/ 6 mo warfarin (completed).
Plan: HD tomorrow, no heparin in circuit x 24h; staples out 3 wks;
amputee clinic referral for prosthesis once healed.
"""),
("2019-10-08", "Amputee Clinic / Prosthetics Note", """
AMPUTEE CLINIC - physiatry + prosthetics
63M, L transtibial amputation 6/11/2019, ESRD on HD, DM2 (insulin).

Residual limb: well healed, anterior incision line intact and nontender,
cylindrical shape, no redness. Volume stable x 3 visits.
Prosthesis: initial L transtibial prosthesis DELIVERED TODAY - TSB socket,
silicone liner with a distal pin lock, SACH foot. Fit checked with 3-ply
sock; slight pressure at the anterior distal tibia on standing, relieved
2 mm. Donning/doffing taught.
Wear schedule: 1 hr 2x/day, inspect skin after each wear, add 1 hr/day.

Vitals: BP 144/76, HR 72. Wt 79 kg; BMI 26.1 (amputation-adjusted).
Gait: 30 m w/ RW and prosthesis, CGA.
Plan: outpatient PT 2x/wk gait training; return 4 wks for socket check.
-- Dr. R. Obuya (PM&R) / A. Sorensen CPO
"""),
("2019-12-17", "Wound Care Clinic Note", """
WOUND CLINIC - Harrowgate
63M w/ L BKA (6/2019), HD pt.

HPI: on Thanksgiving Day he first saw a sore darkened area at the front
of the L residual limb. He kept wearing the prosthesis for 4 more days,
6-8 hrs/day. Now pain 9/10, cannot tolerate the socket at all.
Exam: L residual limb (distal anterior shin), over the cut end of the tibia,
directly under the socket's anterior wall and abutting the healed BKA
incision: eschar 4x3 cm, black, with a violaceous, livedoid, indurated rim.
No drainage. Thigh and R leg intact. Femoral pulse 1+.
Labs 12/9 (dialysis unit): PTH 1320 | PO4 7.0 | albumin 3.0 | Ca 9.9

Assessment: necrosis of the residual limb - ddx pressure injury from the
socket vs ischemia vs calciphylaxis (pain, retiform edge, PTH).
Plan: stop prosthesis use; 2 x 4 mm punch bx at rim today; vascular to
review; nephrology notified.   -- M. Delacroix-Ives, NP
Addendum 12/23: path = calciphylaxis (medial calcification, thrombosis).
"""),
("2020-03-05", "Vascular Surgery M&M Conference Summary", """
VASCULAR SURGERY M&M - March 2020, case 2 (summary for minutes)
Complication: calciphylaxis of a transtibial residual limb -> revision to
above-knee amputation.

63-yo man, maintenance HD, diabetes requiring insulin. L BKA on 06/11/2019
for forefoot gangrene. Prosthesis fitted 10/08/2019; socket pressure at the
anterior distal tibia noted and relieved at delivery. On 11/28/2019
(Thanksgiving) a painful plaque appeared on the anterior distal L residual
limb, right at the socket pressure point beside the amputation scar;
biopsy 12/17 showed calciphylaxis. Despite STS, cinacalcet and offloading,
it progressed; L AKA done 01/21/2020.

Discussion:
- the lesion formed where surgical trauma (incision over the tibial end)
  and repeated socket pressure coincided
- PTH 1320 at onset; parathyroidectomy had been deferred
- earlier referral for PTX might have changed course
Learning point: in HD amputees with uncontrolled MBD, inspect the
residual limb at every HD session once a socket is in use.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
