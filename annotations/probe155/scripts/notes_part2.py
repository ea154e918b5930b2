"""probe155 corpus notes, E08-E14 (oral surgery, dental clearance and the clinics around them;
every person, place and sentence invented)."""

E08 = {"patient_id": "E08", "age": 74, "sex": "M", "notes": [
("2024-02-13", "General Dentistry Procedure Note", """
GENERAL DENTISTRY - PROCEDURE NOTE  02/13/2024
Quillfield Community Dental Clinic

Pt: 74 M. Dialysis pt (TTS), type 2 DM using NPH, AF - warfarin (continued per
cardiology; INR this AM 2.4), CAD s/p PCI 2016. Last HD today at 06:00 (early shift).
CC: #20 broke off at the gumline 2 wks ago, tender to chew.
VS: BP 134/72, HR 66 irreg, SpO2 97%.

Tx: L mental nerve block + buccal/lingual infiltration, 2% lidocaine 1:100k x1.5 carp.
#20 elevated and removed w/ #151 forceps, apex intact. Oxidized cellulose in socket,
4-0 chromic x2, gauze w/ TXA, bite 30 min. Hemostasis OK at 30 min.

Incident: standing up from the chair at 10:52 he went pale and sweaty, lost tone for
<10 s and slid down; his left shin hit the chair's steel base as he went. No head
strike. BP 88/50 -> 124/70 supine w/ legs raised. FSBG 142. Alert and oriented at once.
L anterior mid-shin: 3 x 2 cm abrasion with small skin flap, oozing (anticoagulated).
Irrigated w/ saline, flap laid down with Steri-Strips, nonadherent pad + wrap.
Incident report filed. Declined ED; wife driving him home. Advised PCP/HD RN skin check.
"""),
("2024-03-05", "Hemodialysis Rounding Note", """
HD ROUNDS - Pembrook Kidney Center, chair 22
4-hr run at Qb 350, 2K/2.5Ca bath, L upper arm AVF (buttonhole). Weight after HD 64.3 kg,
BMI 22.1.

S: new painful area over the L shin, front, which he noticed 10 days ago, now turning
black, hurts "like a toothache in the leg", worse at night. HD RN has been measuring it.
O: BP 152/78 pre. L anterior shin: 2.8x2.2 cm ulcer, black-crusted, in a 2 cm firm rim
of violaceous retiform purpura. DP/PT dopplerable. No cellulitis.
Feb 27: albumin 3.2, Ca 9.7, phos 7.1 (high), iPTH 1140. INR 2.9.
Meds: warfarin per anticoag clinic, NPH 14 u bid (abdomen), Renvela two tabs with meals,
Sensipar 60, metoprolol.
A: painful necrotic ulcer L shin, HD pt on warfarin w/ hyperphosphatemia - r/o
calciphylaxis.
P: wound clinic for bx this week; calcium-free binders only; ask cardiology about
stopping warfarin; no compression wraps until dx known.
"""),
("2024-03-19", "Wound Care Clinic Note", """
WOUND CLINIC - Pembrook Outpatient Wound Center
74 M on HD. Deep punch bx 3/7/24, L ant shin - calcium encircling tiny fat arterioles,
thrombosed, + fat necrosis. Dx calciphylaxis.

Wound L anterior shin: L3.1/W2.6/D0.3 cm; mostly eschar (~70%), the rest
pale granulation; moderate serous drainage; 2 cm violaceous, hard periwound. Pain 7/10
at dressing change.
ABI noncompressible; TBI 0.58 L.
Cardiology contacted: warfarin D/C'd today, Eliquis 2.5 BID instead.

Plan:
- Na thiosulfate 25g IV each HD session, order faxed to Pembrook HD
- gentle cleansing, calcium alginate + silicone foam, HD nurses to redress on run days
- no compression; no sharp debridement yet
- hydromorphone 1 mg 30 min before dressing changes
- recheck 2 wks; photos in chart
"""),
]}

E09 = {"patient_id": "E09", "age": 55, "sex": "F", "notes": [
("2016-04-12", "Pre-procedure Medical Clearance", """
To: Dr. Ysolde Farrant, Oral Surgery
Re: medical clearance for extraction of #18, #19 and #30 under local

Ms. Quarles, 55, has kidney failure due to diabetes and is dialyzed thrice weekly,
MWF, through a left forearm radiocephalic AVF (2013). T2DM, on glargine 30 units plus
mealtime aspart - injects abdomen only. HTN, CHF with preserved EF, morbid obesity.
No anticoagulant. Aspirin 81 may continue.
Today: BP 152/90, HR 80, Wt 104.6 kg, BMI 38.2. Lungs clear, trace ankle edema.
Labs: K 4.8, Hgb 10.2, plt 198. HBsAb non-reactive - a hepatitis B booster is planned
at her dialysis unit.

Recommendations: extractions on a Tue or Thu, the day after HD. BP and venipuncture on
the RIGHT arm only. Minimize epinephrine (max 2 carpules 1:100k). Amoxicillin 500 mg once
daily, dosed after HD. APAP for pain; avoid NSAIDs. Take usual glargine, hold aspart if
not eating. Acceptable risk.

R. Delacourt-Ng, MD (internal medicine)
"""),
("2016-06-14", "Hemodialysis Monthly Progress Note", """
HD MONTHLY NOTE - Orchard Lane Dialysis
Pre wt 106.1 kg / EDW 104.0, Kt/V 1.28, URR 71%. L forearm AVF, strong thrill.
Extractions by oral surgery 4/26 went fine.
Hep B: Engerix-B 40 mcg given 5/3/16 into the R deltoid (non-access arm); tolerated.
Next dose due in June.

New issue, 2 wks running: L arm, posterior upper part - a sore hard area, turning purple.
Denies bumping it. Pain 6/10, worse with sleeping on that side.
Exam: L posterior upper arm, firm violet plaque measuring 3x2.5 cm, livedo at its
margin; no ulceration yet. R arm normal.
Monthly labs: P 7.8 / Ca 9.5 / PTH 844; alb 3.4; HbA1c 7.6.
A: ? early calciphylaxis L upper arm.
P: derm referral for bx; calcium acetate stopped, Renvela 1600 with each meal; review
vitamin D analogs; BMI 38.9 - dietitian.
"""),
("2016-06-28", "Dermatology Consult", """
DERMATOLOGY CONSULT
55 F on HD. Referred for L arm plaque.
Punch bx 6/21/16, L posterior upper arm: calcified small vessel walls in subQ fat w/
luminal thrombi - consistent with calciphylaxis.

History: no injections, BP cuffs, or injury on the L arm (fistula arm; staff use the
right). The recent hepatitis B shot went into the R deltoid, which is clear on exam.
Exam: plaque (L posterior upper arm) measures 3.5 by 3 cm today, with a new central
5 mm eschar. Trunk, abdomen, thighs and legs free of lesions.

Impression: L posterior upper arm calciphylaxis.
Plan: STS with HD; avoid ice/heat on that arm; nonadherent dressing once the eschar
softens; defer the next hep B dose until the wound is stable; RTC 2 wks.
"""),
]}

E10 = {"patient_id": "E10", "age": 69, "sex": "M", "notes": [
("2021-05-18", "Primary Care Visit", """
PRIMARY CARE - Follow-up + acute concern
69 M, ESRD on HD (L upper arm AVG, MWF), AF - warfarin until 2019, since then on
Eliquis 2.5 BID, HTN, obesity, BPH. No diabetes (A1c 5.4).

Acute: for 2 wks a sore purplish patch, R side of the lower abdomen, "like a bruise that
burns".
No injury, no injections, no new belt. Also a loose upper L back tooth, seeing his
dentist next week.
VS: BP 142/84, HR 76 irreg, Wt 108 kg, BMI 34.1.
Skin: R lower abdomen below the beltline, firm violaceous retiform patch 4 by 3 cm,
tender, no ulceration, no warmth.
Labs (HD unit 5/10): PTH 760 and phos 6.9 - both high; Ca 9.6.
A/P:
1. Retiform patch R lower abdomen - concerning in an HD pt; dermatology referral
   (first available 6/14); nephrology informed.
2. AF - continue apixaban.
3. Dental - see dentist; inform him of apixaban and HD days.
"""),
("2021-06-14", "OMFS Inpatient Consult", """
OMFS INPATIENT CONSULT - 5 West
Asked by medicine: L facial swelling.
Admitted 6/10 via ED with L buccal space cellulitis/abscess from #15 (periapical abscess,
tooth fractured). On ampicillin-sulbactam. Apixaban held on admission; DVT ppx: heparin
5000 SC TID from admission day - MAR: sites = lower abd, L/R alternating.
Exam: L buccal swelling, fluctuant intraorally at #14-#15 vestibule, MIO 38 mm, FOM soft.
#15 nonrestorable. CT face: 2 cm L buccal space collection.
Incidental: known painful R lower abdominal plaque (pt says since early May); derm saw
him on the floor today and did a bedside punch bx.
VS: T 37.9, HR 92, BP 150/86.
Plan: extraction #15 + intraoral I&D in the procedure room tomorrow AM under local;
continue IV abx; heparin per primary team; apixaban restart 48 h after if hemostasis OK.
"""),
("2021-06-29", "Dermatology Clinic Note", """
DERMATOLOGY - post-discharge follow-up
Bx 6/14/21 R lower abdomen: calcified + thrombosed subQ arterioles, necrotic fat.
Calciphylaxis.

Timeline: the R lower abdominal plaque began in early May 2021 (PCP saw it 5/18). SC
heparin was given into the abdominal wall during the 6/10-6/16 admission, i.e. the
injections came weeks after the plaque, not before it. He recalls no earlier injury,
injection or device at that spot.
Exam: the plaque is bigger, 6 by 4 cm, with 2 cm central eschar. Small resolving bruises
at the L lower
abdomen from the heparin. Buccal swelling resolved.
Wt 106.9 kg (BMI 33.8).

Impression: R lower abdominal calciphylaxis.
Plan: STS via HD; discuss apixaban risk/benefit with cardiology (he stays on it); no SC
meds into the abdomen going forward; wound care: hydrocolloid-free, foam only; RTC 2 wks.
"""),
]}

E11 = {"patient_id": "E11", "age": 62, "sex": "F", "notes": [
("2025-01-14", "Wound Clinic Note", """
WOUND CLINIC - Fernhill Limb Preservation Center
62 F, kidney failure on cycler PD; type 2 DM, insulin (glargine + lispro, injects the
abdomen); obesity; HTN.
Dx: calciphylaxis L posterior calf, proven by derm incisional bx 12/30/24.
She denies any injury, insulin shots, heat, ice or tight garments on the legs.

Wound L posterior calf: 6.2cm L x 4.5cm W x 0.4cm D; ~60% adherent black eschar,
40% yellow slough; peri-wound violaceous 3 cm, mild odor, no purulence. Pain 8/10.
Pulses: DP palpable bilat.
Procedure: after topical 4% lidocaine, selective sharp debridement of slough and loose
eschar with curette and forceps, to bleeding subcutaneous tissue; area debrided 12 cm2.
Hemostasis with pressure. Tolerated.
Dressing: Ag alginate, bordered foam on top; HH nurse changes M/W/F.
Plan: continue STS via PD unit (IV 3x/wk); protein supplement; weekly debridement;
wound VAC when base is clean. BMI 41.0.
"""),
("2025-02-11", "OMFS Pre-procedure Evaluation", """
OMFS - PRE-PROCEDURE EVALUATION
Referred by general dentist for #2 (nonrestorable, recurrent decay under crown) and #31.
62 F on CCPD, DM2 on insulin, active calciphylaxis L calf on sodium thiosulfate and weekly
debridement at Fernhill; NPWT started last week.
Meds: glargine 24 u, lispro SSI, sevelamer, cinacalcet, STS IV, oxycodone prn. No
anticoagulant.
VS: BP 138/78, HR 82, T 36.6, Wt 113.5 kg.
Exam: #2 fractured buccal cusp, caries to the furcation on radiograph; #31 grade II
mobility, 7 mm pockets. No swelling or fistula. Mucosa pink.

Assessment: two hopeless teeth, no acute infection.
Plan: elective extractions deferred while the calf wound is active - chlorhexidine rinses,
re-evaluate in 6-8 wks. If pain or swelling: extraction under local, amoxicillin renally
dosed. Letter sent to PD team; they agree.
"""),
("2025-03-04", "Wound Clinic Note", """
WOUND CLINIC - follow-up
L posterior calf calciphylaxis. NPWT (125 mmHg continuous) since 2/4, changed 3x/wk.
Wound: 5.6 x 4.0 x 0.5 cm, 20% eschar at the superior edge, 80% red granulation,
periwound violaceous band narrower. Pain 5/10.
Procedure: selective debridement of the superior eschar rim with #15 blade, 4 cm2.
Minimal bleeding.
Tissue cx from 2/18: light growth of CoNS - colonization, no cellulitis.
Plan: continue NPWT + STS; A1c 7.9 - PCP to titrate; OMFS extractions still on hold;
RTC 1 wk. Wt 112.8 kg, BMI 40.7.
"""),
]}

E12 = {"patient_id": "E12", "age": 57, "sex": "M", "notes": [
("2018-02-06", "Dermatology Consult", """
DERMATOLOGY CONSULT
57 M, on HD through a R IJ tunnelled line while a L arm AVF matures; AF - takes
warfarin; DM2 managed with diet alone; obesity. Referred for painful lesions on the inner
thighs x 3 wks.

He says nobody has injected anything into his legs, and he has used neither ice nor a
heating pad; denies falling; no tight clothing - wears loose sweatpants. No insulin.
Exam: both medial thighs - firm violet plaques, R 7x4 cm and L 5x4 cm, retiform
purpura, L with early central necrosis. Exquisitely tender. Abdomen clear.
Wt 109 kg, BMI 33.5, obese.
Deep incisional bx, L medial thigh, today.

Impression: bilateral medial thigh retiform purpura - calciphylaxis strongly suspected;
bx pending. (Addendum 2/9: path back - calcium in the arteriolar walls of the fat,
thrombi; calciphylaxis confirmed.)
Plan: nephrology to start STS; discuss warfarin with cardiology; offloading, no rubbing.
"""),
("2018-03-13", "OMFS Pre-extraction Visit", """
OMFS - PRE-EXTRACTION VISIT
57 M, HD, warfarin for AF (CHA2DS2-VASc 4); bilateral thigh calciphylaxis, getting STS.
Referred for #12 and #13 (retained roots, recurrent swelling).
INR 2.6 today. BP 146/88.
Exam: #12/#13 root tips at gingival level, draining sinus tract buccal to #13, no
cellulitis.

Plan discussed w/ cardiology by phone: hold warfarin 5 days before extractions and bridge
with SC enoxaparin (dose-adjusted for ESRD) - injection teaching to be done by the
anticoag RN, and injections would go in the abdomen, not the thighs. Extractions booked
for 3/27 under local. If the sinus tract flares, amoxicillin 500 mg daily.
Dermatology to be asked whether extractions should wait until the thighs improve.
"""),
("2018-04-10", "Hemodialysis Rounding Note", """
HD ROUNDS - Stillwater Dialysis, chair 3
Run 4 h via R IJ TDC (L AVF not ready). Pre wt 110.4, EDW 108.5, UF 2 L.

Interval: derm and OMFS agreed to postpone the extractions until the thigh wounds heal, so
warfarin was never held and no enoxaparin bridge was ever begun. INR 2.8 last week.
Cardiology still weighing a switch off warfarin.
Thighs: R medial plaque 7x4, eschar 2 cm; L medial 5x4, eschar 3 cm; less tender than
in Feb. Dressings clean.
Mineral panel: PTH 560, phosphate 5.8, calcium 9.0.
Counseled again: nothing cold or hot (ice, heating pad, hot-water bottle) on the thighs; avoid
injections into the legs.
Plan: continue STS 25 g TIW; sevelamer; cinacalcet 60; nutrition; derm f/u 4/24.
"""),
]}

E13 = {"patient_id": "E13", "age": 64, "sex": "F", "notes": [
("2023-10-03", "OMFS Sedation and Procedure Note", """
OMFS - PROCEDURE UNDER IV SEDATION   10/3/2023
64 F, ESRD on manual PD (CAPD x4/day); insulin-treated DM2 (detemir + aspart, abdomen); HTN,
hypothyroid. No anticoagulant. ASA III. BMI 28.3.
Indication: symptomatic partially erupted #17, grossly decayed #18.
Pre: FSBG 162, BP 150/86, HR 80, SpO2 98%. Last exchange drained before arrival.

IV: 22g in the dorsum of the L hand, first pass. Monitors standard + EtCO2.
Sedation: midazolam 2.5 mg, fentanyl 50 mcg. Local: L IANB/LB, 2% lido 1:100k x3 carp.
Procedure: #17 - buccal flap, bone removal w/ 703 bur, sectioned, delivered. #18 extracted
w/ forceps. Irrigation, 3-0 chromic. EBL 20 mL.
IV removed at discharge, gauze + tape, no hematoma.
Recovered uneventfully, home w/ husband. POIs given. Resume usual PD regimen tonight.
"""),
("2023-10-31", "Peritoneal Dialysis Clinic Note", """
PD CLINIC - Birchmoor Home Therapies
CAPD 4 x 2.0 L, one bag 2.5%. Kt/V 1.8. Exit site unremarkable; never had peritonitis.

S: painful hard spot on the inner L forearm since 10/20, "like a bee sting that didn't go
away"; dark now. No injury she can recall. Extraction sites fine.
O: BP 144/80, Wt 74.6 kg. L mid volar forearm, roughly halfway between wrist and elbow:
a 2 cm round plaque, firm and violaceous, retiform edge, 4 mm dusky centre. Dorsum of
the L hand (old IV site) - skin normal, no bruise.
Labs: iPTH 910, phosphorus 6.9 (high); Ca 9.4; albumin 3.3; A1c 7.3.
A: possible calciphylaxis L forearm.
P: derm bx; stop calcium carbonate; lanthanum; review calcitriol.
"""),
("2023-11-14", "Dermatology Consult", """
DERMATOLOGY CONSULT
64 F on CAPD, L forearm lesion since 10/20/23.
Punch bx 11/7/23, L mid volar forearm: calcific small vessels in subQ fat, thrombi,
fat necrosis - calciphylaxis.

Note: the sedation IV on 10/3 went into the L hand dorsum; this lesion is on the
mid-forearm about 12 cm proximal, and the skin of the hand and wrist is intact. No
other injury, injection, or pressure at the forearm site by history.
Exam: 2.5 x 2 cm plaque, 6 mm eschar. Wt 74.2 kg, BMI 28.1.

Impression: calciphylaxis, L mid volar forearm.
Plan: STS IV TIW via PD unit, petrolatum + silicone
foam, analgesia, RTC 3 wks.
"""),
]}

E14 = {"patient_id": "E14", "age": 60, "sex": "M", "notes": [
("2026-01-13", "OMFS Sedation and Procedure Note", """
OMFS - IV SEDATION / EXTRACTIONS  01/13/2026
60 M, ESRD on HD (schedule TTS; access = L upper-arm graft); DM2 - linagliptin only,
never insulin; HTN, OSA,
severe obesity (BMI 43.5). No anticoagulant.
Extract #12, #13, #14 (periodontitis, grade III mobility).

IV: 20g R volar forearm. During the case (approx 09:40) the site became swollen and
cool; IV infiltrated, ~40 mL LR + part of the midazolam dose outside the vein. IV removed,
arm elevated, new IV 22g R hand. Warm compresses advised to the R forearm for 24 h.
Sedation: midazolam 4 mg, fentanyl 75 mcg total. Local: L PSA/MSA + GP, 2% lido x4 carp.
Procedure: forceps extraction #12-#14, alveoloplasty, 3-0 chromic. EBL 40 mL.
POIs: ice pack to the L cheek 20 min on/off for 24 h, soft diet, APAP, CHX rinse.
Home with sister.
"""),
("2026-01-27", "Wound and Dermatology Consult", """
WOUND / DERMATOLOGY CONSULT - Lindell Medical Group
60 M on HD, three skin problems.

1. L cheek: 2 x 1.5 cm area of peeling skin with a deflated blister. He kept an ice pack
   from the freezer directly on the L cheek for hours after his 1/13 extractions.
   = superficial cold injury (frostnip). Healing.
2. R volar forearm: firm pink area 4x3 cm with a ruptured bulla at the old IV site,
   from the infiltration on 1/13. = extravasation injury. Improving.
3. Lower abdomen / pannus: since about 1/5 (before the dental work), bilateral painful
   violaceous retiform plaques on the lower pannus, L 8 x 5 cm with eschar, R 5 x 4 cm.
   Nothing injected into the abdomen, no heat there, no injury; no insulin.
Labs: PTH 1260 pg/mL; PO4 7.4 mg/dL; Ca 9.8 mg/dL.
Plan: deep incisional bx of L pannus plaque today. Cheek and forearm - emollient, no ice.
"""),
("2026-02-10", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP
Bx 1/27/26 L lower pannus: calcific deposits lining small/mid arterioles of subQ fat;
thrombi; necrotic fat lobules. Calciphylaxis.

Exam: pannus plaques unchanged in size, L eschar 3 cm. L cheek - healed, slight
hyperpigmentation. R forearm - healed, faint brown macule.
Neither the cheek nor the forearm lesion was calciphylaxis: a cold injury and an
extravasation injury, both resolved without necrosis.
Wt 139 kg, BMI 43.1.

Impression: pannus calciphylaxis, bilateral (L larger than R).
Plan: STS at each dialysis since 2/2; pannus support binder avoided; nonadherent + foam
dressing; weight-management referral; RTC 2 wks.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
