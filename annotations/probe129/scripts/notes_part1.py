"""probe129 corpus notes, R01-R07 (anticoagulation clinic and outpatient hematology; all invented)."""

R01 = {"patient_id": "R01", "age": 71, "sex": "F", "notes": [
("2018-12-10", "Anticoagulation Clinic - INR Visit", """
ANTICOAG CLINIC -- PHARMACIST INR VISIT (face to face)
Pt: 71 yo F. Indication: paroxysmal AF, CHA2DS2-VASc 5. Goal INR 2.0-3.0.
On warfarin since 2014. ESRD (HTN nephrosclerosis), dialyzes Mon/Wed/Fri at
Linden Ridge Dialysis.

Hospital f/u: admitted to Briarwood General 12/3/18 - 12/7/18 w/ AF + RVR. Warfarin
held x2 days for INR 4.4, and for the whole stay she got heparin 5000 u SC q8h into her
belly ("they kept poking me in the stomach three times a day"). Sent home on
warfarin 5 mg daily, metoprolol dose went up.

POC INR today: 1.6 (subtherapeutic)
Missed doses: denies. Diet: ate a lot of collard greens at her sister's this wk.
New meds: none besides metoprolol change. No amiodarone.
Bleeding: no dark stools, no gum bleeding, no nosebleeds.
T2DM - linagliptin only, not on insulin.
Wt 89.2 kg  BMI 34.6

A/P: subtherapeutic after inpatient hold + greens.
 - 7.5 mg tonight x1, then 5 mg every day, 7.5 on Mon & Fri instead (40 mg/wk)
 - keep greens steady, not zero
 - next INR 12/17 drawn at HD, I will call her w/ result
T. Vasquez-Lindqvist, PharmD, CACP
"""),
("2019-01-28", "Periprocedural Anticoagulation Plan", """
PERIPROCEDURAL PLAN - pharmacist
Procedure: colonoscopy with likely polypectomy (GI, Dr. Amankwah), Wed 02/06/2019.
Thrombotic risk: high-moderate (AF, CHA2DS2-VASc 5, prior TIA 2016). Bleed risk of
polypectomy: high. GI asks for INR < 1.5.
Renal: ESRD on HD MWF. Discussed enoxaparin dosing with Dr. Feld (nephro) - ok with
30 mg SC once daily, short course, anti-Xa if any concern.

Schedule:
  Fri 2/1 - last warfarin dose
  Sun 2/3, Mon 2/4, Tue 2/5 AM - enoxaparin 30 mg SC (none on 2/6)
  2/6 evening - restart warfarin at usual dose if GI says ok
  2/7 through 2/10 - enoxaparin 30 mg SC daily with warfarin
  INR 2/11 at dialysis, stop enoxaparin when INR >= 2

Teaching done w/ trainer pen and pad. She is right handed and wants to use
the left side of her lower abdomen for the shots; showed her the 2 inch
margin around the navel. Pt repeated back schedule correctly, written calendar given.
INR today 2.3, warfarin 40 mg/wk unchanged until 2/1.
"""),
("2019-03-01", "Dermatology Consult", """
DERMATOLOGY CONSULT
Referred by anticoagulation clinic for a painful abdominal skin lesion.

HPI: 71F, HD-dependent ESRD, AF (warfarin), T2DM (no insulin). Roughly 10 days ago pt
first felt a hard, very tender area in her left lower belly; it went dusky, and this
week the centre turned black. Pain rated 8/10, at its worst overnight or when
clothing brushes it. Around Feb 3-10 she bridged with enoxaparin for a colonoscopy and
every one of those doses went, by her own hand, into the L lower abdomen; she also had heparin
shots in the lower abdomen while admitted in early December.

Exam: L lower abdomen about 3cm inferolateral to the umbilicus: 5x3.5cm violaceous,
indurated plaque; centrally a black eschar about 1.5cm across; livedoid, net-like
border. Exquisitely tender. Right side of abdomen, both flanks and thighs: nothing.

Impression: clinical diagnosis of calciphylaxis. The plaque lies squarely in the field she
used for her February enoxaparin injections, and the December heparin went into the same
lower abdominal skin; we think the repeated needle injury localized it.

Plan: 4mm punch at the edge today, send for von Kossa. Ask anticoag clinic re stopping
warfarin. Nephrology to start sodium thiosulfate. No more injections anywhere on the abdomen.
"""),
("2019-03-11", "Nephrology Progress Note", """
Nephrology - HD rounds progress note 3/11/2019

S: Abd lesion still very painful, sleeping poorly. Tolerating HD.
O: BP 148/82. L lower abdominal eschar ~5 x 4 cm, dry, no drainage, no cellulitis.
Wt 88.1 kg, BMI 34.2.
Path (bx 3/1): mural calcium within small vessels of dermis + subcutis, intima
thickened, fat necrosis; von Kossa lights the calcium up. Consistent with calciphylaxis.
Labs: PTH 742; corr. calcium 9.6; phosphate 6.8; alb 3.2.

A/P: calciphylaxis, L lower abdomen, confirmed on biopsy - HD pt.
 1. STS 25g IV over the last 60 min of each dialysis, since 3/4.
 2. Warfarin stopped 3/4 in agreement with anticoag clinic; apixaban 2.5 BID started instead.
 3. Stop calcium carbonate; sevelamer 1600 mg TID with meals. Start cinacalcet 30 mg.
 4. Wound care referral; hydromorphone low dose prn.
 5. Diet consult re phosphorus.
"""),
]}

R02 = {"patient_id": "R02", "age": 58, "sex": "M", "notes": [
("2020-06-22", "Hematology Consult", """
Outpatient Hematology - consult letter

Dear Dr. Ferreira-Oyelaran,

Many thanks for referring Mr. Dobrescu, 58, who does his own peritoneal dialysis
(PD at home since 2018, IgA nephropathy -> ESRD). On 06/09/2020 a duplex confirmed an
occlusive left femoral-popliteal DVT after a 9 hour drive to his brother's. He was
started on a heparin drip at Ashgrove Memorial and transitioned to warfarin; INR was
therapeutic by 6/15 and the drip was stopped.

Both of his legs are swollen (partly volume, partly the clot), so on 6/12/2020 he was
fitted with below-knee class 2 (30-40) compression stockings, one for each leg, to wear
from getting up until bedtime. He says he hasn't skipped a day since then.

He does not have diabetes. No prior clots, no cancer symptoms, colonoscopy 2019 normal.
Exam: L calf 3 cm larger than R, mild pitting both ankles. 97kg, 180cm,
BMI 29.9: overweight range.

My advice: warfarin with target INR 2-3 for at least 3 months and then reassess; he will
be followed in our pharmacist anticoagulation clinic. Continue the stockings daily.
No thrombophilia testing while acute.

Kind regards,
Dr. I. Nakashima-Reyes, Hematology
"""),
("2020-10-05", "Anticoagulation Clinic - INR Visit", """
INR visit 10/5/2020
INR 2.6 (goal 2-3)   warfarin 6 mg daily (42 mg/wk)   no missed doses
Bleeding: none. Falls: none.
c/o purple-black, very painful patches over both calves, started late Sept, now so sore
he can hardly pull the stockings up. Still puts the knee-highs on every morning as
told in June. No fever. PD exchanges ok, effluent clear.
Looked: both upper calves w/ dusky mottled areas, centres dark, v tender.
Plan: no dose change. Paged heme - they want derm to see him this wk; appt 10/14.
Told pt to call if fever/red streaks. Next INR 10/19.
-- R. Okonjo-Baptiste, PharmD
"""),
("2020-10-14", "Dermatology Consult", """
DERM CONSULT 10/14/20
58M on PD for ESRD, on warfarin since June 2020 for a L leg DVT. Seen for painful leg
lesions that began in late September per pt.

Exam: bilateral upper posterior calves, just below the popliteal creases: retiform purpura,
each centred on a stuck-down black eschar (4x3cm right, 6x4cm left). Surrounding livedo racemosa.
Pedal pulses present. No lesions on thighs, abdomen or buttocks.

Punch biopsy L calf (read 10/17 - addended): subcutaneous arterioles with medial calcific
deposits and luminal microthrombi; septal panniculitis; von Kossa +.

Dx: calciphylaxis, both calves.
Rec:
- discuss with hematology re stopping warfarin -> apixaban
- nephrology to arrange IV sodium thiosulfate (PD pt, needs infusion chair)
- compression to be discontinued for now
- wound care: non-adherent dressings, no sharp debridement yet
- pain control per palliative team
"""),
]}

R03 = {"patient_id": "R03", "age": 76, "sex": "F", "notes": [
("2021-12-20", "Anticoagulation Clinic - INR Visit", """
ANTICOAGULATION CLINIC - WARFARIN MONITORING
76 y/o female, mechanical mitral valve (2003), INR 2.5-3.5 wanted
Dose: 4 mg every day but Saturday, when she takes 6 mg (30 mg/wk)
INR today 3.1 - in range

Interval hx: back pain flaring. Can't take ibuprofen/naproxen with warfarin so she
uses tylenol 500 mg x2 up to TID, and ever since Thanksgiving she's gone to bed most
nights with the electric heat pad tucked under her low back.
Counselled: lowest setting, use the auto shut-off, not directly on skin.
CKD stage 3b (eGFR 36 in Nov), primary hyperparathyroidism being watched by endo.
No diabetes. Not on dialysis.
Ht 157 cm  Wt 95.2 kg  BMI 38.6
Bleeding: a few small bruises on forearms from bumping cupboards, nothing else.

Plan: continue 30 mg/wk. Next INR 1/3/22. Tylenol max 3 g/day.
M. Halvorsen-Adeyemi, PharmD
"""),
("2022-01-18", "Anticoagulation Phone Follow-up", """
Phone call - daughter (Ingrid) calling for pt.
Lab INR from 1/14: 2.9. Told daughter, continue 30 mg/wk.
Daughter worried: mom has a sore dark patch, right lower back (R of spine), first
noticed 01/10/22 when helping her bathe. Hard, hurts to touch, now looks black in the
middle. Mom still using the heating pad at night.
Advised: stop heating pad now. Don't pick or cover w/ tight tape. Needs to be seen -
called derm, got 2/2 slot; sooner via PCP if fever or spreading redness.
Will route to Dr. Pereira-Lund (PCP).
"""),
("2022-02-02", "Dermatology Consult", """
Dermatology New Patient Consultation

Reason: painful necrotic plaque, right lower back.

76-year-old woman with a mechanical mitral valve on lifelong warfarin, CKD stage 3b
(eGFR 38 last month, never dialysed), primary hyperparathyroidism (Ca 10.9, PTH 188) and
class II obesity (BMI 38.6 in December). The lesion was first seen on 1/10/2022.

Exam: right lower back, lateral to the spine, roughly iliac crest height: 6x4cm
stellate plaque, black eschar centrally, violaceous indurated rim, livedo extending toward
the flank. Very tender. Left back normal.

Biopsy (today, 2 x 4 mm punches, rim): Ca++ crusts in small subcut vessel walls,
scattered thrombi, necrotic adipose tissue nearby. Diagnosis: calciphylaxis, non-uremic type.

Comment: the plaque sits where she has kept a heating pad on most nights since late
November; repeated heat injury to that skin likely set it off. Risk factors here are
warfarin, hyperparathyroidism, obesity and female sex rather than dialysis.

Plan: no heat to the back. Warfarin can't simply be stopped (mechanical mitral) - will
discuss with cardiology and hematology. IV sodium thiosulfate via infusion center. Endo
re parathyroidectomy. Wound RN.
"""),
]}

R04 = {"patient_id": "R04", "age": 64, "sex": "M", "notes": [
("2023-05-08", "Periprocedural Anticoagulation Plan", """
PERIPROCEDURAL ANTICOAGULATION - PHARMACIST
Procedure: AF catheter ablation (PVI), St. Aldric Heart Institute, 05/16/2023
Operator wants: UNINTERRUPTED warfarin, INR 2.0-3.0 on the morning of the case
(will cancel if > 3.5).

Pt: 64M, persistent AF, warfarin since 2021 (dose 5 mg daily, 35 mg/wk).
ESRD, dialyses T/Th/Sat. Insulin-treated T2DM (glargine 28 u qhs, lispro with meals) -
all injections into his abdomen. 97.2kg / 180cm -> BMI 30.0

INR today 2.4.
No bridging needed (uninterrupted strategy). Repeat INR Fri 5/12 at HD and again on
the morning of 5/16 at the hospital.
Hold lispro AM of procedure, half dose glargine night before per EP protocol.
Pt understands. Copy to EP coordinator.
"""),
("2023-05-24", "Anticoagulation Clinic - INR Visit", """
INR check 5/24/23
s/p PVI on 5/16 - access through the R femoral vein, went home next day.
R groin access site: healed, dry, no hematoma, no bruit, non tender.
INR 2.7 (goal 2-3). Warfarin 5 mg qd, cont.
Amiodarone? - no, EP started nothing new. Metoprolol same.
No bleeding, no CP, palpitations much less, walking 20 min/day again.
Missed doses: none. Diet unchanged, no new supplements or antibiotics.
Glucose running 140s-180s, insulin as before.
Plan: same dose (35 mg/wk). Next INR 6/7 at dialysis - I'll call with result.
Reminded him EP wants warfarin continued at least 2 months post ablation, no gaps.
"""),
("2023-06-21", "Dermatology Consult", """
DERMATOLOGY - inpatient consult to outpatient f/u

Pt is a 64-year-old on hemodialysis for ESRD, with insulin-treated diabetes, obesity
(BMI 30) and AF on warfarin. Early in June a hard, painful spot appeared in the right
groin, and it has darkened since.
Vascular US 6/12: no pseudoaneurysm, no arteriovenous fistula, no collection.

Exam: R inguinal crease, over the femoral vessels: 3 x 2 cm purple indurated plaque with
central black necrosis, edged by retiform purpura; extremely tender. L groin normal.

Punch bx today. Prelim (expedited, read same day): small vessel medial calcification,
thrombi, von Kossa +.

Impression: calciphylaxis, which has come up exactly at the R femoral access point from
the 16 May ablation.

Plan: warfarin -> apixaban discussion with EP and anticoagulation clinic today. STS with
HD. Wound care w/ calcium alginate. Avoid any further femoral access on the right.
"""),
]}

R05 = {"patient_id": "R05", "age": 80, "sex": "F", "notes": [
("2018-11-20", "Anticoagulation Phone Follow-up", """
Tel. f/u - INR from dialysis lab (drawn 11/19): 2.9   goal 2-3
Spoke with daughter Marisol (on HIPAA form).
Sat (11/17), climbing out at dialysis, pt whacked her L shin on the car's door
frame. Large bruise over the front of that shin, skin not broken, no ongoing bleeding, she can
walk on it fine. No head strike, no fall.
Plan: no dose change - 3 mg daily, 4.5 mg Tue/Thu. Elevate leg when sitting. Call or go
to ED if it swells quickly, gets hot, or she gets dizzy. INR due 12/3.
PharmD J. Whitcombe
"""),
("2018-12-03", "Anticoagulation Clinic - INR Visit", """
INR visit
80F, AF, on warfarin since 2012, goal 2.0-3.0. ESRD on HD MWF.
POC INR 2.4
Dose: 3 mg daily exc 4.5 mg Tu/Th (24 mg/wk) - continue
L shin bruise from the car door almost gone, yellow-green only.
No new meds, no missed doses, appetite ok. Daughter fills her pill box Sundays.
No nosebleeds, no blood in stool or urine.
Wt 53.5 kg  BMI 22.1
No diabetes. Dialysis going fine per daughter, dry weight unchanged.
Plan: continue 24 mg/wk.
Next INR 12/31 (New Year's Eve, she'll be at dialysis anyway).
"""),
("2018-12-17", "Wound Care Clinic Note", """
Wound clinic - new pt

80yo lady on HD, warfarin for AF. Two weeks ago she got a painful red-purple spot over
her left lower leg, anterior; this past week it broke open and is now an ulcer.
Pain 9/10, far out of keeping with the size. Daughter with her.

Wound: L anterior shin (middle third): 3.5x2.8cm, 0.3cm deep, 90% adherent black
eschar, 10% pale slough, scant serous drainage. Violaceous retiform border, livedo
extends 4 cm. Periwound firm. No odour.
ABI non-compressible bilat. DP/PT palpable on the L.

Impression: necrotic, very painful L shin ulcer; dialysis + warfarin -> concern for
calciphylaxis. Other possibilities: arterial ulcer; warfarin necrosis unlikely after
6+ yrs on it.
Plan: derm this week for a punch bx. Moist wound care, foam dressing, no compression.
Update anticoag clinic + nephrology.
"""),
("2019-01-07", "Nephrology Progress Note", """
Nephrology note 01/07/2019

L shin ulcer punch bx (derm, 12/20/18) - arteriolar calcification with
intravascular thrombi and surrounding panniculitis, von Kossa stain positive ->
calciphylaxis confirmed.

HD through L brachiocephalic fistula, Kt/V 1.4. Phos 7.2, Ca 9.1, PTH 512.
Warfarin stopped 12/27 after talking to anticoag clinic and her cardiologist; apixaban
2.5 mg BID since.
STS 25 g each run, 3x/wk, since 12/24.
Switched calcium acetate -> lanthanum. Cinacalcet titrating.
Ulcer L shin unchanged in size, pain a bit better. Wound clinic weekly.
"""),
]}

R06 = {"patient_id": "R06", "age": 55, "sex": "M", "notes": [
("2021-03-15", "Anticoagulation Clinic - DOAC Review", """
DOAC REVIEW (pharmacist, video visit)
55 y/o M, unprovoked PE Oct 2020, apixaban 5 mg BID; decision on extended-phase
dose (stay on 5 vs drop to 2.5 BID) due in April.
Never been on warfarin - offered at the time, he declined because of INR visits.
ESRD on PD (CCPD nightly). Apixaban ok per label in dialysis, nephro aware.
Type 1 DM since age 19. Glargine 22 u at night + aspart sliding scale.
All insulin is injected in the anterior thighs, L and R; moved off the abdomen in 2015
because of lumpy fat there and then the PD catheter went in.
Adherence: pillbox, no missed doses. Bleeding: gums occasionally. No dark stool.
Wt 104 kg  BMI 31.7
Plan: continue apixaban 5 mg BID, heme to decide on extended dosing 4/2021.
"""),
("2021-04-19", "Emergency Department Note", """
ED PROVIDER NOTE
CC: painful black spot on L leg

55M on PD, T1DM, on apixaban for PE, presents with a very painful lesion on his left
thigh. Began on Easter Sunday as a firm red lump, became purple then black in the centre
over a week. No fever, no chills. No trauma he can recall.

Vitals: 37.1C, pulse 88, BP 156/90.
Skin: L anterolateral thigh, mid: 5x4cm violaceous indurated plaque, 2 cm central
necrosis, lacy livedo around it, exquisitely tender, no fluctuance. R thigh w/ a few
soft lumpy areas, no discoloration.
Labs: WBC 8.2, CRP 31, Ca 9.9, Phos 6.9.

MDM: painful necrotic plaque, PD patient. Concern for calciphylaxis; cellulitis with
necrosis also possible. No gas on XR.
Plan: cefazolin x1, derm and renal paged, d/c with close derm f/u (4/28). Return precautions.
"""),
("2021-04-28", "Dermatology Consult", """
Derm clinic 4/28/21
Punch from ED follow-up 4/21 shows calcified small subcut vessels and thrombi amid
necrotic fat; von Kossa +. Dx calciphylaxis.

Lesion: L anterior thigh plaque now 6 x 4 cm w/ dry eschar.
The plaque is in the left-thigh skin where he injects his insulin every day (both
thighs used since 2015). R thigh: lipohypertrophy only.

Plan:
- switch his insulin sites to the upper arms; leave both thighs alone
- renal to start sodium thiosulfate infusions
- wound care, no debridement yet
- apixaban continue (heme agrees)
BMI 31.7 per chart.
"""),
]}

R07 = {"patient_id": "R07", "age": 69, "sex": "M", "notes": [
("2024-06-10", "Anticoagulation Clinic - INR Visit", """
INR VISIT - 06/10/2024
69M  AF + hx of LV thrombus  goal 2-3   warfarin 5 mg daily exc 2.5 mg Sun (32.5/wk)
INR 3.4 (high)
Why: new acetaminophen 1 g TID for R knee OA flare (tylenol bumps him), no other change.
No NSAIDs - reminded again, not with warfarin.
Since Memorial Day, frozen peas on the right knee 3-4x daily for the pain.
Told him cloth between ice and skin, 15 min max.
Bleeding: no. Falls: no.
ESRD on HD MWF (Cedar Hollow unit). T2DM managed by diet alone (HbA1c 6.6%).
86kg, BMI 27.3.
Plan: hold tomorrow's dose, then 32.5/wk. Recheck 6/17.
"""),
("2024-07-15", "Anticoagulation Phone Follow-up", """
Phone note. Pt called re INR (last 2.6 on 7/8) and a problem with his knee.
Says a sore dark scab came up on his right kneecap, front, "right around the 4th of July",
skin around it purple and blotchy, very painful even with the sheet on it.
Still icing 3x/day.
Advised: stop the ice. No new OTC meds. Appt w/ derm 7/24 (Dr. Szabo-Mensah),
nephro notified. If fever or red streaks -> ED.
INR next wk at HD.
"""),
("2024-07-24", "Dermatology Consult", """
Dermatology consultation

69M (HD for ESRD; warfarin; DM2 on diet). A very painful lesion on the anterior right
knee began around 7/4/2024.

Exam: R anterior knee, over and just below the patella: 4x3cm eschar, black, ringed
with retiform purpura and livedo; indurated and tender. L knee normal.

Biopsy (7/17 via PCP, read today): calcified small vessels with thrombosis, von Kossa
positive.

Impression: R knee calciphylaxis. It came up under the frozen packs he had been putting
on that knee several times a day since late May; in my view repeated cold exposure
localized it.

Plan: stop all icing; no heat either. Warfarin to apixaban (anticoag clinic to coordinate).
Sodium thiosulfate at HD. Phosphate control with nephrology. Wound RN weekly.
"""),
]}

PATIENTS = [R01, R02, R03, R04, R05, R06, R07]
