"""probe143 corpus notes, E01-E07 (gynaecology and women's health, and the clinics around them; all invented)."""

E01 = {"patient_id": "E01", "age": 31, "sex": "F", "notes": [
("2019-03-12", "Family Planning Clinic Note", """
FAMILY PLANNING / CONTRACEPTION VISIT
Linnet Street Women's Health Center

CC: wants birth control "that I don't have to think about every day"
HPI: 31 y/o G1P0010, lupus nephritis class IV that went on to ESRD; dialyses Tue-Thu-Sat
(in-centre) by way of a R upper arm graft. Antiphospholipid Ab positive, DVT in 2017, so
warfarin is on board (target INR 2-3, anticoag clinic doses it). Estrogen methods are out
(APS, HTN). Went over LNG-IUD, etonogestrel implant, DMPA. Declines IUD ("bad experience
w/ the speculum"), declines implant. Picks DMPA-SC.
LMP 02/26/19. UPT neg today.
Meds: warfarin 4 mg qd, hydroxychloroquine 200 mg, sevelamer 800 mg w/ each meal,
cinacalcet 30, prednisone 5 mg, calcitriol 0.25 mcg.
Vitals: BP 148/92  HR 84  Wt 61.5 kg  BMI 23.1

PROCEDURE: depo-subQ provera 104 mg given SC into the R anterior thigh by RN Okafor at
10:40. Pt tolerated well. Slight oozing at the site, firm pressure x 3 min given anticoag.
No immediate rxn.

Plan: next dose due in 12-14 wks (window 5/28 - 6/11/19). Taught self-injection for
future doses at home. Condoms for STI protection. RTC prn.
"""),
("2019-05-07", "Dermatology Consult", """
DERMATOLOGY CONSULTATION -- requested by Dr. Halvorsen (nephrology)
Reason for consult: painful thigh lesion, hemodialysis pt

HPI: 31F, lupus nephritis -> ESRD, hemodialysis; APS anticoagulated w/ warfarin.
Exquisitely sore spot over her R front thigh; per her it started about 3 wks ago --
a hard pink lump, darker since. Rates it 9/10, it keeps waking her, jeans rubbing make it
worse. She points to the exact spot where the depo-subQ provera went in at the family
planning clinic on 3/12. No fevers, nothing new elsewhere on the skin.

Exam: R anterior mid-thigh: 3.5x2.8cm stellate violaceous plaque, dusky-black eschar
centrally, indurated rim ~1 cm wide, retiform border. Very TTP. No fluctuance.
L thigh, abdomen, buttocks clear.

Labs (drawn at HD 5/4): iPTH 812 / phos 7.1 / Ca 9.6 / albumin 3.2 g/dL. INR 2.8.

Impression: retiform purpura w/ eschar, warfarin-treated dialysis pt, sitting right on the
spot of a recent SC medroxyprogesterone injection. Strongly concerning for calciphylaxis;
ddx lupus panniculitis, APS thrombotic vasculopathy.
Plan: 2 deep incisional bx taken at the plaque margin today, asked path for von Kossa.
Called nephrology re sodium thiosulfate. Hold further DMPA.
"""),
("2019-05-21", "Nephrology Clinic Note", """
Nephrology f/u -- HD pt, Dr. Halvorsen

S: Path from the 5/7 R thigh biopsies is back -- tiny subcutaneous vessels crusted with
calcium along the media, intimal thickening, necrotic fat, and the von Kossa stain
lights it up; Dr Ng in pathology calls it calciphylaxis. Pt tearful, pain still 8/10,
using
oxycodone 5 mg q6h prn. Sodium thiosulfate 25 g IV started 5/14, infused near the end of every run.
O: BP 152/88, wt 60.9 kg (BMI: 22.8 kg/m2). R ant thigh wound 4x3cm, eschar stuck down,
no cellulitis, dry.
Labs: PTH 790, P 6.4, Ca 9.2.

Assessment/plan --
1. R anterior thigh calciphylaxis (biopsy-proven), which began where she had the
   depo-subQ provera injection on 3/12/19.
   - STS three times weekly with HD, plan at least 3 months
   - stop calcitriol; uptitrate cinacalcet to 60
   - warfarin stopped 5/16 after talking w/ hematology; anticoag plan per heme
   - wound care referral placed
2. Contraception: NO further DMPA. Gyn aware, revisiting a copper IUD.
3. Lupus: rheum f/u, continue HCQ.
"""),
]}

E02 = {"patient_id": "E02", "age": 58, "sex": "F", "notes": [
("2022-09-20", "Urogynecology New Patient Consult", """
UROGYNECOLOGY NEW PT CONSULT
Referred by: Dr. M. Quintero (PCP)

58 yo G4P3104 postmenopausal woman with mixed urinary incontinence, stress > urge. Leaks
with cough, sneeze and lifting; 3-4 pads a day. Nocturia x2. Vaginal bulge by evening.
Diabetic kidney disease -> ESRD; home CCPD for 3 yrs (nightly cycler). T2DM on
insulin glargine 34 u qHS plus lispro sliding scale. Not on anticoagulation.
She has worn a firm-control shapewear girdle every day since this summer: "it holds my
belly and the fluid in and I leak less". The waistband is very snug and sits across both
flanks just above the hip bones; she only takes it off to shower.

Exam: Body mass index 38.2. Abdomen obese; PD catheter exit site R of umbilicus, clean.
Deep red grooves from the waistband across both flanks, skin intact.
POP-Q: Aa -1, Ba -1, C -6, gh 4, pb 3, tvl 9, Ap -2, Bp -2, D -7 -> stage II anterior.
Supine cough stress test positive at 300 mL.

A/P: mixed UI, stage II cystocele.
- pelvic floor PT referral
- vaginal estrogen cream 0.5 g twice weekly
- suggested a less constricting garment; she declines for now
- RTC 3 months
"""),
("2023-01-10", "PD Clinic Note", """
Peritoneal Dialysis Clinic -- monthly visit

58F on CCPD. New severe pain "like knives" along each side of the waist since
Thanksgiving. Blamed a strained muscle at first, until she spotted dark purple patches in
the mirror. Pain 10/10 with the girdle on; she has stopped wearing it since New Year.

Exam: BP 138/76, wt 101.8 kg, BMI=37.6.
L flank: 7x3cm violaceous plaque lying horizontally, eschar (black, 1.5cm) dead centre.
R flank: 5x2.5cm firm livedoid plaque, not ulcerated yet. Both run along the line where
the shapewear waistband used to sit. Exit site looks fine, tunnel nontender.
Labs: corrected Ca 10.6 (measured 10.1), PO4 6.8, PTH 524, ALP 141, HbA1c 7.9. PET/adequacy
fine, Kt/V 1.8.

Impression/plan: both flanks involved, PD pt, calcium and phosphate running high -- suspect
calciphylaxis. Derm slot secured for Thursday, for biopsy. Calcium carbonate off,
sevelamer on. Dialysate calcium down to 2.5 mEq/L. Gabapentin 100 mg qHS for pain.
"""),
("2023-01-26", "Dermatology Consult", """
Dermatology -- new consult
History from the PD team and the patient. 58F, CCPD for
ESRD, type 2 DM using glargine/lispro, BMI 37.6. Painful plaques on both flanks since
late Nov 2022.

Punch biopsy L flank (1/12/23, our clinic, Dr Farrow): calcified media in small
arterioles with thrombus inside them, necrosis of the fat lobules, deposits that take the
von Kossa stain.
Diagnosis: calciphylaxis.

Exam today: L flank ulcer 7.5x3.2cm with eschar; R flank plaque now with early
superficial ulceration of 1 cm. Both lesions lie in a band exactly where her tight
shapewear girdle pressed on the skin every day from summer 2022 until the end of December,
i.e. pressure-induced (Koebner-type) localization of her calciphylaxis.

Plan:
- sodium thiosulfate IV, 25 g, Mon/Wed/Fri in infusion (PD team's protocol)
- no girdles, binders or tight waistbands; loose cotton underwear only
- wound: Medihoney + foam, change every 48 h
- see again in 3 wks; clinical photographs uploaded
"""),
]}

E03 = {"patient_id": "E03", "age": 49, "sex": "F", "notes": [
("2018-04-03", "Gynecology Clinic Note", """
GYN CLINIC - return visit

49 yo P2 with known fibroid uterus (largest 6 cm intramural) and heavy menses, now
flooding through a super tampon plus pad every hour on days 1-3, passing clots. Severe
cramps that go through to the lower back; she has been pressing a hot water bottle on
the small of her back most nights since early March, "some nights I doze off lying on it".
PMH: ESRD due to IgA nephropathy, HD MWF at the Eastgate unit since 2015; HTN; anemia on
ESA with HD. No diabetes. No blood thinners.
Meds: amlodipine 10, sevelamer, renal vitamin, epoetin and iron sucrose at HD.
Vitals: BP 156/94, P 88, Wt 78 kg / 162 cm tall, BMI 29.6 - overweight
Exam: uterus 14 wk size, irregular, mobile. No adnexal masses.
Hgb 8.9 (HD labs 3/28).

A/P: AUB-L. Options: LNG-IUD (distorted cavity, less ideal), GnRH agonist, UAE,
hysterectomy. She wants to avoid surgery for now.
- IR referral for uterine artery embolization
- norethindrone acetate 5 mg daily meanwhile
- heat is ok but put a towel between the bottle and her skin
"""),
("2018-05-29", "HD Rounding Note", """
HD rounds -- Eastgate Dialysis, chair 11

S: c/o a "burning, stabbing" sore on her lower back since mid-April, worse whenever
anything brushes it, so she sits forward for the whole run. Still bleeding heavily; IR
consult for UAE booked 6/14.
O: 156/90, afebrile. EDW 77.5 kg.
Midline lower back over the lumbar spine: 6x5cm indurated purple plaque with net-like
edges, center now black and leathery (~2 cm eschar), mottled brownish reticulated skin
around it. Dry.
Labs: PTH 1104 (was 780) -- PO4 7.4 -- Ca 9.9 -- albumin 3.5.

A/P:
# ESRD on HD -- Kt/V 1.4, access working
# Painful necrotic lower back plaque with livedo -- concern for calciphylaxis given severe
  secondary HPT and high phos. Urgent derm referral for biopsy. Hold calcitriol,
  cinacalcet doubled (now 60), 2.0 calcium bath.
# SHPT -- as above; surgical referral for PTX if persistent.
"""),
("2018-06-12", "Dermatology Follow-up", """
DERM -- follow-up after biopsy

49F, hemodialysis, severe SHPT; squeezed into our urgent slot on 5/31 with a painful
necrotic lower-back plaque; onset mid-April 2018.
Path (5/31, two 4-mm punches off the violaceous rim): calcium laid down along the walls
of small dermal/subcutaneous vessels, thrombosis, septal panniculitis; positive von
Kossa. Fits calciphylaxis.

Exam: lumbar midline, 7x5.5cm plaque, a 2.5cm adherent black eschar, retiform purpura
rimming it; beyond that a lacy hyperpigmented reticulated pattern across the small of the
back. No lesions on abdomen, thighs, buttocks or legs.

Impression: calciphylaxis, lumbar back (biopsy-proven). The lacy brown
pigmentation is erythema ab igne.
Plan: thiosulfate 25 g each dialysis session (3x/wk); calcium alginate + bordered foam; pain
service; parathyroid surgery evaluation. RTC 2 wks.
"""),
]}

E04 = {"patient_id": "E04", "age": 62, "sex": "F", "notes": [
("2023-10-17", "Operative Report", """
OPERATIVE REPORT
Date of surgery: 10/17/2023
Surgeon: R. Esterhuizen, MD     Assistant: K. Pham, MD (PGY3)
Preop dx: complex atypical endometrial hyperplasia, postmenopausal bleeding
Postop dx: same
Procedure: total abdominal hysterectomy, bilateral salpingo-oophorectomy
Anesthesia: GETA

Pt: 62F, hemodialysis-dependent ESRD (dialyzed yesterday; potassium 4.6 on the morning
draw), T2DM on insulin, BMI of 41.2.
Minimally invasive route not offered given body habitus and anesthesia concerns.
Findings: 10-wk size uterus, normal adnexa, no ascites, no adhesions.
Description: after prep and drape, a Pfannenstiel incision was made 2 fingerbreadths
above the pubic symphysis under the pannus and carried down to fascia with electrocautery.
Uterus, cervix, both tubes and ovaries removed en bloc in standard fashion. Vaginal cuff
closed with 0-Vicryl. Hemostasis confirmed. Fascia closed with looped PDS, Scarpa's with
3-0 Vicryl, skin with staples.
EBL 350 mL. Urine output minimal (near-anuric at baseline). No complications.
Counts correct x2.
Dispo: PACU then gyn floor; HD on POD 1 per nephrology; VTE ppx per protocol.
"""),
("2024-01-09", "Gynecology Postoperative Visit", """
GYN POST-OP / PROBLEM VISIT

62F, 12 wks s/p TAH-BSO (10/17/23) for CAH; final path CAH, no carcinoma.
Missed her 2-wk and 6-wk visits (admitted in Nov for AV graft thrombosis, then the
holidays). Today c/o severe pain at the R end of her scar since Christmas Eve -- first a
hard purple area, "now it's turned black". No fever. Staples out POD 10; incision had
healed well per her HD nurse.

Vitals: T 36.8, BP 162/80, HR 92, Wt 110.3 kg.
Exam: pannus lifted with assistance. Pfannenstiel scar well healed medially. At the R
lateral end of the scar, R lower abdomen: stellate dusky plaque 5x4cm, black eschar 2cm
at its centre, livid net-like rim, rock hard, exquisitely tender. No purulence, no
fluctuance, no crepitus.
BG 212 today, A1c 8.4.
CT abd/pelvis w/o contrast: no gas, no collection; extensive arterial calcification
including small abdominal wall vessels.

A/P: necrotic R lower abdominal lesion at the incision in a dialysis pt -- calciphylaxis vs
deep wound infection. Urgent derm referral for biopsy; we will not debride for now;
discussed with nephrology.
"""),
("2024-01-23", "Dermatology Consult", """
Dermatology Consultation
CC: "the black patch low on my tummy hurts"

62F, ESRD/hemodialysis, T2DM (glargine + aspart), s/p TAH-BSO Oct 2023.
Onset 12/24/2023, about 10 wks after surgery, at the R lateral corner of her Pfannenstiel
incision.
Exam: R lower abdomen, lateral end of the transverse scar: necrotic plaque 6x4.5cm,
eschar 2.5cm, rim of retiform purpura. Rest of the scar, pannus and thighs clear.
BMI 40.6.
Bx (1/16/24, 2 punches, R lower abd rim): small subcutaneous arterioles ringed by
calcium all the way round, microthrombi, fat necrosis. Diagnosis calciphylaxis.

Assessment: R lower abdominal wall calciphylaxis, confined to the surgical scar
(Koebner-like pattern at the hysterectomy incision). Obesity, diabetes and ESRD add risk.
Plan: thiosulfate with dialysis; wound RN to start enzymatic debridement (collagenase);
renally dosed hydromorphone per palliative; nutrition consult; avoid further procedures
on the pannus if at all possible.
"""),
]}

E05 = {"patient_id": "E05", "age": 71, "sex": "F", "notes": [
("2017-03-14", "Primary Care - Annual Well-Woman Exam", """
ANNUAL WELL-WOMAN EXAM -- Greyhaven Family Medicine

71 yo F here for her annual. No postmenopausal bleeding. Last mammogram 2/2016 BI-RADS 1,
ordered today. Colonoscopy 2014. DEXA 2015: osteopenia (T -2.1 L hip).
PMH: ESRD due to HTN + DM, dialysis Tue/Thu/Sat in centre, L forearm fistula; T2DM on
linagliptin 5 mg (never needed insulin); paroxysmal AF, warfarin (INR checked at
dialysis); HTN; breast cyst aspiration 1998.
Vitals: 134/70, HR 76 irreg, Wt 68.9 kg, Ht 158 cm -> BMI 27.6
ROS: no falls this year. Lives with husband; 4 porch steps with a rail.
Exam: breasts symmetric, no masses, no skin changes. Pelvic deferred (over 65, adequate
prior screening). Skin: legs intact, no ulcers; DP pulses faint b/l.
Plan:
- mammogram, repeat DEXA
- Shingrix #1 given IM, L deltoid
- fall-risk screen negative
- continue HD and current meds; f/u 6 months
"""),
("2017-08-05", "Emergency Department Note", """
ED PROVIDER NOTE  20:47
CC: fall, L leg laceration

HPI: 71F anticoagulated (warfarin, AF), HD pt (ran today), tripped on her front porch
steps this evening carrying groceries; the concrete step edge scraped down her L shin.
Didn't pass out, head not struck, hip nontender. Bleeding controlled with a towel at
home. INR at HD this morning 2.7.
Exam: L anterior shin, mid-third: flap-type skin tear 5x3cm with surrounding abrasion and
ecchymosis, flap viable, no tendon exposed. Doppler pulses present distally.
Hip and knee full ROM. No bony TTP.
Plain films L tibia/fibula: intact, no fx.
Procedure: washed out with half a litre of saline; flap laid back and held with
Steri-Strips (skin too thin for sutures); Adaptic, gauze, Kerlix.
Tetanus booster (Tdap) into the R deltoid, last one 2006.
Dx: skin tear and abrasion, L lower leg, after a mechanical fall.
Dispo: home with husband; home health to change dressing in 3 days; come back if fever,
pus, or redness creeping up the leg.
"""),
("2017-08-29", "Wound Care Center Initial Evaluation", """
WOUND & HYPERBARIC CENTER -- INITIAL EVAL

71 y/o F, hemodialysis, DM2, AF on warfarin; home health referred her for a worsening
L leg wound. Pt says the area went from pink to black ~2 wks ago and the pain is now
"unbearable", 9/10, worse at night and whenever the dressing is changed.

Wound no.1 -- L anterior shin (mid): 4.6x3.4cm, dry black eschar covering all of it,
stellate edges; periwound violaceous with livedo reticularis spreading 3 cm, indurated,
she pulls away from the lightest touch. Dry, not malodorous.
ABI L 1.4 (noncompressible). TcPO2 L anterior leg 24 mmHg.
Fingerstick glucose 164.

Impression: necrotic L shin ulcer, pain out of proportion, livedo, noncompressible
vessels, dialysis + warfarin -- ?calciphylaxis vs arterial ulcer.
Plan:
- two periwound punch biopsies today, to derm path
- no sharp debridement until path is back
- dry dressing, elevation, offloading
- nephrology to review warfarin alternatives
"""),
("2017-09-12", "Dermatology Note", """
Dermatology -- consult follow-up

71F, dialysis-dependent, AF (warfarin), sent on from the wound center.
Path (8/29 punch x2, L anterior shin): intravascular and medial calcium in small
subcutaneous vessels, highlighted by von Kossa, with fat necrosis and thrombi.
Dx: calciphylaxis.

Exam: the L anterior shin ulcer has grown to 5.0x3.6cm with eschar, livedo wider than
before. R leg clear. Wt 67.4 kg, BMI 26.9.

Assessment: L lower leg calciphylaxis, confirmed on biopsy.
- warfarin stopped today in agreement with cardiology and nephrology; apixaban 2.5 mg
  bid in its place
- thiosulfate 25 g IV, given on her 3 dialysis days
- weekly wound center visits; hyperbaric oxygen evaluation
- pain: regular acetaminophen, small doses of hydromorphone when needed
- RTC 4 wks
"""),
]}

E06 = {"patient_id": "E06", "age": 67, "sex": "F", "notes": [
("2020-10-06", "Menopause & Bone Health Clinic", """
MENOPAUSE & BONE HEALTH CLINIC

67 yo F, menopause at 50, never used HRT. Referred after a low-trauma L distal radius
fracture (slipped on a wet floor, Jul 2020). DEXA 8/2020: L spine T -3.4, fem neck T -2.9.
Renal: ESRD due to polycystic kidney disease, on PD (APD overnight) since 2018;
bisphosphonates not an option (CrCl < 30). No diabetes. Not anticoagulated.
Labs 9/29: Ca 9.1, phos 4.8, PTH 310, 25-OH vit D 34.
Vitals: BP 128/74, Wt 54.3 kg, Ht 159 cm, BMI 21.5.

Discussion: denosumab reviewed, including the risk of severe hypocalcemia in dialysis
patients; needs Ca checks at 10 days and 1 month. She agrees.
Administered: denosumab (Prolia) 60 mg SC, R upper arm (posterior aspect), lot DN20-4471,
by RN at 11:05. Tolerated well.

Plan: Ca in 10 days at PD clinic; calcium/calcitriol dosing per renal; next Prolia due
4/2021; vaginal moisturizer for GSM; RTC 6 months.
"""),
("2021-01-19", "PD Clinic Note", """
HOME THERAPIES -- peritoneal dialysis review (monthly)

67F on APD, PKD.
Concern today: since early December a sore, hard patch on the back of her R arm, now
with a dark center. She had put it down to bruising from the Prolia shot. No fever.
After Prolia: Ca nadir 7.6 on 10/16 (treated with calcitriol 0.5 mcg and more CaCO3),
then Ca 10.4 with phos 6.9 on 12/8 -> calcitriol stopped 12/10.

Exam: 55.0 kg. R posterior upper arm: violaceous, indurated 4x3cm plaque, centre crusted
black over 1 cm, reticulated purpura at the edge, marked TTP. L arm normal.
Catheter exit site: no erythema, no crust.

A/P:
1. Painful necrotic R upper arm plaque -- concern for calciphylaxis after wide calcium
   swings. Expedited derm referral. Hold further Prolia until reviewed.
2. Mineral bone disease: stop CaCO3, sevelamer 800 tid.
3. Clearance fine (weekly Kt/V 1.9).
"""),
("2021-02-02", "Dermatology Consult", """
Dermatology consult
Reason: R arm plaque, ?calciphylaxis

67F on PD, osteoporosis on denosumab (single dose
10/6/2020, posterior R upper arm); lesion since early Dec 2020.
Exam: mid-triceps, R posterior upper arm: retiform purpuric plaque 4.5x3.5cm,
necrotic in the middle. Nothing on the trunk, thighs or legs. BMI 21.2.
Incisional biopsy 1/22/21 (R posterior upper arm): calcified media of small vessels,
thrombus in their lumens, calcium in the septal fat -> calciphylaxis.

Impression: calciphylaxis (histologically confirmed) of the R upper arm; it came up
exactly where her October denosumab injection was given, after a hypo- then
hypercalcemic swing.
Plan:
- thiosulfate 25 g IV, 3 days a week, infusion suite (PD team arranging)
- hold denosumab; endocrine to discuss other bone agents
- wound: hydrogel + non-adherent contact layer
- RTC 3 wks
"""),
]}

E07 = {"patient_id": "E07", "age": 54, "sex": "F", "notes": [
("2024-06-18", "Menopause Clinic", """
MENOPAUSE CLINIC -- follow-up

54F, LMP 2021. Was on transdermal estradiol 50 mcg + micronized progesterone; cardiology
asked her to stop in May 2024 after a clotting scare with her mechanical mitral valve
(warfarin; her INR target is 2.5-3.5). Since coming off: 10-12 hot flushes a day,
drenched at night. She now sleeps with a frozen gel ice pack inside her nightgown,
lying on the L breast
and upper chest, and swaps it for a fresh one from the freezer 2-3 times a night.
ESRD due to reflux nephropathy; dialysis MWF through a L arm fistula. No diabetes.
Vitals: BP 140/82, HR 80, wt 82.7 kg, ht 166 cm, calculated BMI 30.0.

A/P: vasomotor symptoms off HRT.
- fezolinetant not advised with kidney failure; gabapentin 100 mg post-dialysis only
- paroxetine interacts with warfarin -- defer
- CBT for menopause group, bedside fan, layered bedding
- advised to wrap the ice pack in a cloth and keep moving it
- vaginal estradiol tablet acceptable (minimal systemic)
"""),
("2024-09-10", "Breast Clinic Consult", """
BREAST CLINIC -- urgent referral from PCP

54F, mechanical MVR on warfarin, hemodialysis, with an exquisitely sore area of the L
breast she first noticed 10 days ago as a firm pink lump, since turned purple. Nipples
quiet, afebrile. FHx: paternal aunt with breast ca at 70. She has kept the freezer pack on
the L breast every night all summer for the flushes.

Exam: L breast, upper inner quadrant, 10 o'clock 6 cm FN: violaceous indurated plaque
4x3.5cm, stellate purpura, 1 cm dusky grey center; skin not tethered to any mass.
Axillae negative bilaterally. Contralateral breast unremarkable.
Dx mammo/US today: extensive bilateral breast arterial calcifications (tram-track), no
mass, no suspicious microcalcifications. US: edema of the subcutaneous fat, no collection.
BI-RADS 2.

Impression: not a cancer picture. Necrotic skin plaque -- dialysis, warfarin -- at the
very spot where she has held ice packs nightly since May -> calciphylaxis high on the
list (vs warfarin necrosis).
Plan: derm punch bx this week; no ice packs on bare skin; cardiology re INR target.
"""),
("2024-09-24", "Dermatology Clinic Note", """
DERMATOLOGY

54F, HD, warfarin for mechanical mitral valve.
Bx 9/13/24, L breast (two 4-mm punches at the margin): calcium encrusting the walls of
minute subcutaneous vessels, thrombi, necrosis of adjacent fat; von Kossa +; no vasculitis.
Dx: calciphylaxis, L breast -- it came up under the nightly cold pack she has used for
menopausal hot flushes since May 2024.

Exam: L breast UIQ plaque now 4.5x4cm, black eschar 2cm; new livedo at its medial edge.
No lesions elsewhere. Weighed 82.6 kg today, so BMI 30.0 kg/m2.

Plan:
- thiosulfate 25 g intravenously at each dialysis, thrice weekly
- warfarin has to stay (mechanical valve) -- cardiology in the loop; aim for the low
  end of range
- vitamin K2 supplement per nephrology (off-label)
- keep both cold and heat off the breast; soft bra without underwire
- wound care: Medihoney + foam
- pain: low-dose hydromorphone; avoid tramadol at ESRD doses
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
