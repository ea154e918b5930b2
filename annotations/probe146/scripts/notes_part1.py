"""probe146 corpus notes, B01-B07 (hepatology/GI and the clinics around them; all invented)."""

B01 = {"patient_id": "B01", "age": 63, "sex": "M", "notes": [
("2016-01-12", "Hepatology Clinic Note", """
HEPATOLOGY CLINIC - RETURN VISIT
Kessling Liver Center | Attending: R. Okonkwo-Hale MD

CC: belly swelling again, "I look 8 months along"

HPI: 63 yo M w/ decompensated EtOH cirrhosis (Child C, MELD-Na 27 today), abstinent since
06/2014, c/b refractory ascites and one episode of SBP (2015). HRS-AKI 10/2015 never
recovered, now ESRD, dialyzing Tu-Th-Sa in center (R IJ tunneled catheter, fistula not yet
mature). Unit cannot pull
enough fluid; drops his pressure if UF > 2 L. Will need LVP about every 2 wks.
No diabetes. No anticoagulant ever. Denies melena, confusion, fevers.

Meds: lactulose 20 g BID, rifaximin 550 BID, midodrine 10 TID, sevelamer 800 TID w/ meals.
Propranolol stopped 12/2015 (hypotension).

Exam: BP 98/61 HR 84. Wt 81.4 kg, BMI 26.1. Scleral icterus. Tense ascites, everted
umbilicus, shifting dullness. Spider angiomata upper chest. Abd wall skin intact, no
ulcers, no bruising. No asterixis.

Labs 1/8: Tbili 3.9 | INR 1.9 | Na 129 | alb 2.6 | plt 61

A/P: refractory ascites in a pt already on HD; not a TIPS candidate (MELD, prior HE).
- US-guided LVP q2wk in the GI procedure unit, 25% albumin 8 g per L removed
- transplant referral letter faxed to Ridgeway
- RTC 6 wks
"""),
("2016-01-19", "GI Procedure Unit - Paracentesis", """
PROCEDURE NOTE: THERAPEUTIC PARACENTESIS, US-GUIDED
Date of procedure: 01/19/2016    Operator: T. Varga PA-C    Supervising: Okonkwo-Hale

Indication: tense refractory ascites, ESRD on HD. First LVP in our unit.
Consent signed, time-out performed. INR 1.9, plt 58 - no blood products per unit protocol.
Bedside US: largest pocket in the left lower quadrant; right side window small with bowel
loops floating close to the wall.
Site: LLQ, approx 3 cm medial and 3 cm cephalad to the L ASIS. Chlorhexidine prep,
10 mL lidocaine 1%, 5 Fr Yueh needle-catheter in on first pass.
Removed: 7.1 L straw colored fluid. Albumin 25% 56 g given.
Cell count + cultures sent (PMN 90 - no SBP).
Post: catheter withdrawn, small ooze at the puncture held with 5 min manual pressure,
gauze and tegaderm applied. Pt ambulated to bathroom without dizziness.
Discharge vitals BP 102/64, HR 80. Next LVP booked for 2/2.
"""),
("2016-03-01", "GI Procedure Unit - Paracentesis", """
PARACENTESIS - GI PROCEDURE UNIT
03/01/16   63M, EtOH cirrhosis, ESRD on HD (TTS)

Pre-procedure: RN Ilse Carrow noticed a new lesion at the usual tap site. Pt reports it came
up on 2/24/16, the Weds after his last tap, and hurts 9/10, wakes him at 3 am.
Exam: LLQ, centered on the old puncture marks (taps there on 1/19, 2/2 and 2/16), a
5x3.5cm star-shaped plum-colored plaque; its core has gone to black eschar; purpuric lacy rim,
very tender, not fluctuant, no drainage. Looks nothing like his usual post tap bruising.

Decision: stay away from the LLQ. Repeat US today: adequate pocket in the RLQ now.
Procedure: RLQ, lidocaine, 5 Fr Yueh, 6.6 L removed, albumin 25% 50 g. No complications.

Impression: necrotic plaque at the LLQ paracentesis sites; dialysis pt, so worry about
calciphylaxis, other option an infected hematoma. Urgent derm referral placed, Dr.
Okonkwo-Hale aware.
Wound: nonadherent dressing, loose clothing.
"""),
("2016-03-15", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE
Referring: Hepatology (Okonkwo-Hale). Reason: necrotic LLQ plaque

63 y/o man with EtOH cirrhosis and ESRD on HD since 10/2015 (HRS), getting serial
large volume paracenteses. Onset of pain and a dark patch at the left lower quadrant on
2/24/2016. Punch bx (4 mm, plaque edge) taken 3/3/16 by Dr. Anand in our clinic.

Path S16-2281: mural calcium deposits, small hypodermal arterioles; intimal
proliferation; fibrin thrombi; adipocyte necrosis; von Kossa confirms the deposits.
No vasculitis. Tissue cultures no growth.

Exam today: L lower quadrant plaque has grown to 6x4cm, adherent black eschar, retiform
border. Thighs, buttocks, flanks and the RLQ tap site are clear.

Ca/P/PTH = 9.4/7.1/612. Not on warfarin, not diabetic. Wt 80.2 kg, BMI 25.7.

IMPRESSION: Calciphylaxis, biopsy-proven, confined to the LLQ - arising exactly at his
paracentesis puncture sites (first tap there 1/19/2016). Serial needle entry through this
one window most likely decided where it declared itself (Koebner-type localization).

PLAN: STS 25g IV at every HD session (renal to order); non-calcium binder only,
lower dialysate calcium; no further taps through the LLQ; wound care referral.
"""),
]}

B02 = {"patient_id": "B02", "age": 58, "sex": "F", "notes": [
("2019-09-24", "Nephrology - HD Rounding Note", """
HEMODIALYSIS ROUNDS - Millbeck Dialysis Unit, chair 14
58F, ESRD from diabetic nephropathy, dialyzes Mon-Wed-Fri 4 h via L brachiocephalic AVF. Also
NASH
cirrhosis (compensated, Child A, followed by Dr Pruett, GI).

S: exhausted, "running on fumes". Black stools off and on for about 3 wks. No hematemesis.
O: pre BP 132/70, post 118/66. EDW 98.0 kg. BMI 36.2 (obese).
   Hgb 7.1 (9.4 in August), ferritin 88, TSAT 12%. spKt/V 1.41. K/Ca/P 5.2/8.8/5.9.
   Access: strong thrill, continuous bruit.
Meds: glargine 22 units at bedtime + lispro per scale, she injects them in her abdomen;
   sevelamer, calcitriol 0.25 mcg, ESA with HD, pantoprazole 40.

A/P:
1. Anemia, probable GI blood loss - stool guaiac positive. Iron repletion on HD, 1 unit
   PRBC this run. Expedited GI referral (2018 EGD/colonoscopy: gastric angioectasias, APC).
2. DM2 - A1c 7.6%. Same insulin doses.
3. CKD-MBD - at target, no change.
"""),
("2019-12-05", "GI Clinic Follow-up", """
GASTROENTEROLOGY CLINIC        Provider: Lena Pruett, MD
Reason: f/u obscure GI bleeding; NASH cirrhosis

Interval hx: Capsule endoscopy 9/30/19 -> numerous small bowel angioectasias, proximal
jejunum. Push enteroscopy 10/03/19 with APC x6. Started octreotide 100 mcg SC BID in
October; the HD nurse taught her, and she injects it into both anterior thighs (her
belly is "reserved" for insulin). Transfusions since: 1 (vs 4 in the two months before).

New: since November, painful hard purple spots on both thighs, "exactly where I put the
octreotide". Pain wakes her. On exam: R anterior thigh 3x4cm firm violaceous plaque, its
center dusky; L anterior thigh two 2 cm nodules with livedo around them. Nonblanching.

Assessment:
1. SB angioectasias - bleeding much improved on octreotide.
2. Painful thigh plaques at octreotide injection sites in a pt on HD - needs derm to r/o
   calciphylaxis. Hold octreotide for now.
3. NASH cirrhosis, Child A. US 11/19: no focal lesion, no ascites.

Plan: urgent derm, dialysis unit updated. Vitals 128/72, 97.4 kg, BMI=35.8.
"""),
("2019-12-19", "Dermatology Consult", """
DERM CONSULT - Millbeck Dermatology
58 yo woman: ESRD (hemodialysis), T2DM on basal-bolus insulin, NASH cirrhosis, obesity. Referred
for thigh lesions.

Hx: octreotide SC twice daily since October 2019 for SB angioectasia bleeding, always into
both anterior thighs. Lesions began in November 2019; octreotide held since 12/5.

Exam: R anterior thigh 4 x 5 cm necrotic plaque, central eschar, retiform purpuric rim.
L anterior thigh: two coalescing violaceous nodules 2-3 cm, exquisitely tender.
Abdominal insulin sites show lipohypertrophy, nothing purpuric. Legs below the knees clear.

Bx 12/10/19 (double punch, L thigh nodule): calcified and thrombosed arterioles in the
subcutis, septal panniculitis; von Kossa stains the mural deposits - fits calciphylaxis.

Impression: bilateral thigh calciphylaxis, limited to the octreotide injection fields.

Plan: STS via HD TIW; stop calcitriol, start cinacalcet; pain team; octreotide (if ever
resumed) must not go into the thighs. GI to weigh other options for the angioectasias.
"""),
]}

B03 = {"patient_id": "B03", "age": 55, "sex": "F", "notes": [
("2023-04-11", "Hepatology Clinic Note", """
LIVER CLINIC - Dunmore Hepatology   04/11/2023
55 F, alcohol-associated cirrhosis (Child B8, MELD 16), sober 19 months, complicated by a
right hepatic hydrothorax: R thoracentesis x3 (last 2/27/23, 1.4 L). Trace ascites only.

Cannot lie flat. Since last summer she sleeps every night in her recliner, tilted to the
left with her L elbow wedged on the armrest ("the only way I can breathe").

NEW: very painful scab on the point of the L elbow, began early this spring and is slowly
growing. No fall. No heat or ice.

Vitals: BP 112/70, HR 90, SpO2 94% RA. Body mass index 30.3 kg/m2.
Exam: diminished BS R base. Mild icterus. L olecranon: 2.5 cm black adherent eschar on a
firm violaceous base with a livedoid halo. R elbow normal.

Labs: Cr 0.7 (eGFR >90), Ca 9.0, phos 3.8, alb 2.4, Tbili 2.1, INR 1.5, PTH 41.
No diabetes (A1c 5.4). No anticoagulation.

A/P:
- hydrothorax: spironolactone 100 / furosemide 40, 2 g Na diet, IR thora prn
- L elbow eschar - pressure ulcer vs something else (kidneys normal, but albumin low,
  alcohol-related liver dz). Derm for biopsy.
- transplant eval: referral sent
"""),
("2023-04-25", "Dermatology New Patient", """
DERMATOLOGY - NEW PATIENT
55F, alcohol cirrhosis, normal renal function, never on dialysis, no warfarin exposure.

Punch biopsy of the L posterior elbow lesion 4/13/23: small vessel calcification at the
dermal-subcutaneous junction and in the fat lobules, luminal thrombi, surrounding fat
necrosis, calcium stain
positive. Organism stains negative.

Dx: NON-UREMIC CALCIPHYLAXIS, L elbow. Risk factors here: cirrhosis with hypoalbuminemia,
female sex, BMI just over 30, prior heavy alcohol use. Location fits the chronic pressure she
describes: since the hydrothorax began last year she has slept leaning on that elbow in her
recliner, and the lesion sits exactly where the elbow bears on the armrest.

Exam: L olecranon eschar 3x2.5cm ringed by retiform purpura. No other lesions on
arms, trunk, legs.

Plan: offload elbow (padded elbow protector, wedge pillow, reposition the recliner);
sodium thiosulfate infusions Mon/Wed/Fri (outpatient infusion suite); wound care referral;
check vitamin K status.
"""),
("2023-06-06", "Wound Care Clinic", """
Wound Care Center - visit 3
Dx: non-uremic calciphylaxis L elbow (bx 4/13/23). Cirrhosis w/ R hydrothorax.

Wound L posterior elbow: 2.8x2.2x0.2cm; eschar 60, slough 40 (percent); no odor,
periwound livedo fading. Pain now 5 of 10, first visit it was 9.
Offloading: elbow protector worn nightly; now in a hospital bed at home with the head raised,
recliner armrest padded and mostly unused.
Tx today: collagenase to slough, alginate rope, bordered foam on top, change every other day.
STS infusions continuing, tolerating apart from mild nausea.
Vitals 108/64, wt 79.0 kg, BMI 30.1.
Pt and husband verbalize dressing steps. RTC 2 wks.
"""),
]}

B04 = {"patient_id": "B04", "age": 49, "sex": "M", "notes": [
("2018-10-02", "GI Pancreas Clinic", """
PANCREAS CLINIC - Harrowgate GI
49 M, alcohol-related chronic calcific pancreatitis (dx 2013), compensated cirrhosis by
elastography (F4, 21 kPa), ESRD on PD (nightly CCPD; IgA nephropathy), type 3c diabetes on
insulin (glargine/aspart, injects his thighs). No alcohol since 2017.

Pain: constant epigastric ache boring through to the back, 6/10, worse after meals.
Oxycodone 5 mg QID. Since Labor Day he presses a hot-water bottle to his left mid back
"most nights, an hour, sometimes two - only thing that helps".

Exam: thin, BMI 21.4. Epigastric tenderness. L paraspinal mid back (roughly T10-T12): lacy
reddish-brown hyperpigmented net (classic erythema ab igne); skin unbroken. PD exit site clean.

CT 9/18: diffuse pancreatic calcifications, main duct 6 mm, no mass.

Plan:
- stop the hot water bottle; explained the skin damage
- uptitrate pancreatic enzymes with meals
- EUS-guided celiac plexus block discussed, he will think about it
- refer for ERCP w/ stone extraction vs ESWL
"""),
("2018-12-11", "Nephrology - PD Clinic", """
PERITONEAL DIALYSIS - monthly review
Cycler: five 2 L exchanges (1.5%/2.5%) overnight, icodextrin 1 L last fill. Clearance ok
(Kt/V 1.9 for the week).
No peritonitis episodes to date.

Reports fierce burning pain L mid back since Thanksgiving; a black scab formed about a week
later. Admits he kept using the hot water bottle after the GI visit ("couldn't sleep
without it").
Exam: L paraspinal mid back, within the brown lacy patch: 3.5x3cm ulcer, black eschar
over its base, indurated dusky-violet margin, exquisitely tender. Afebrile. Exit site and
tunnel fine.

Labs: phosphorus 7.4 (!), calcium 9.9, iPTH 980, albumin 3.1. Binder is calcium carbonate.
Vitals: BP 144/86, weight 64.0, BMI 21.9.

A/P:
1. Necrotic L back ulcer; PD; phosphorus and PTH both high - I am worried this is
   calciphylaxis. Derm same week. Calcium carbonate -> sevelamer; add cinacalcet. No more
   heat of any kind.
2. DM - stable, insulin per endocrine.
"""),
("2018-12-20", "Dermatology Consult", """
DERMATOLOGY
HPI: 49M on PD, pancreatogenic DM on insulin, compensated cirrhosis. Painful L mid back
ulcer since Thanksgiving 2018, arising on skin he had heated with a hot water bottle nightly
since Labor Day 2018.

Bx (12/13/18, incisional, L back): calcified small arterioles within subcutaneous fat,
thrombosed, necrosis around them, consistent with calciphylaxis. Overlying dermis has the
pigment and elastotic change of erythema ab igne.

Exam: L mid back ulcer 4 x 3 cm, eschar, retiform purpuric rim, inside the EAI net.
Thighs (insulin sites) clear. No other lesions.

Impression: CALCIPHYLAXIS, L mid back, developing within erythema ab igne; months of
heat injury to this patch of skin likely explain the location.

Plan: sodium thiosulfate per nephrology (IV), wound care, no heat sources at all,
pain management with palliative + pancreas teams. Return 3 wks.
"""),
]}

B05 = {"patient_id": "B05", "age": 71, "sex": "M", "notes": [
("2023-12-05", "Hepatology Clinic Note", """
Hepatology f/u - Dr. Sunniva Adeyemi
71 M, HCV cirrhosis (GT 1a, SVR12 after sofosbuvir/velpatasvir 2017), Child B, hepatic
encephalopathy (2 admissions this year), ESRD, dialyzes MWF at Northgate Dialysis. T2DM:
linagliptin 5 mg is his only diabetes med (never on insulin). Paroxysmal AF; warfarin for
stroke prevention (CHA2DS2-VASc score 4), INR goal 2-3.

Today: daughter says he has been more forgetful for 2 wks, dozing in the day. Taking
lactulose once a day only (hates the taste). 2-3 BMs.
Exam: BP 124/68, HR 78 irreg. Wt 84.1 kg, BMI 28.4. Mild asterixis. No ascites.
Skin: no wounds, no purpura. Trace pedal edema bilat.
Labs: Na 134, INR 2.4, alb 3.0, Tbili 1.7, AFP 3.

A/P:
- HE grade 1-2: lactulose to 3 soft stools daily, continue rifaximin. High fall risk - home
  safety handout given, grab bars advised for the bathroom.
- HCC surveillance: MRI due January.
- anticoagulation: ask cardiology whether apixaban is preferable to warfarin on HD.
"""),
("2024-02-10", "Emergency Department Note", """
ED PROVIDER NOTE   02/10/2024 06:12
CC: fall, confusion

HPI: 71M brought in by daughter. Found on the bathroom floor at ~0500 this morning; says he
got up to urinate, "legs went," and his right shin hit the rim of the bathtub hard on
the way down. Head strike denied by pt, daughter unsure. More confused x2 days, missed
lactulose.
Hx HCV cirrhosis (SVR), ESRD with HD yesterday as usual, AF on warfarin.

Exam: T 36.8, BP 138/74, HR 88 irreg, SpO2 97%. Oriented x2, asterixis present.
R anterior shin: 4 x 2 cm flap-type skin tear with surrounding bruise, oozing; no bony
step-off. No scalp hematoma.

Labs: INR 3.1, NH3 112, K 4.9, Hgb 10.8. CT head neg. Tibia/fibula films R: intact.

MDM/Plan: HE from missed lactulose; supratherapeutic INR. R shin skin tear irrigated,
flap repositioned, Steri-Strips across, nonadherent dressing + kerlix. Lactulose 30 mL
q2h until BMs, rifaximin. Hold warfarin tonight. Admit to hospitalist; hepatology aware.
"""),
("2024-03-12", "Wound Clinic Note", """
OUTPATIENT WOUND CENTER - new pt
Referred by Northgate HD unit for a nonhealing painful right leg wound.

Pt: 71M, ESRD on HD, cirrhosis, AF on warfarin, DM2.
Wound hx: pt and daughter say this dark painful spot started ~3 wks ago, since then gone
black; pain 8/10 at night, "worse than anything I've had."

Wound #1 R anterior mid shin: 3.2x2.6cm, 100% dry black eschar, 2 cm rim of purple
net-like discoloration, indurated, exquisitely TTP. Scant drainage, no odor.
Pulses: DP/PT dopplerable, biphasic. ABI unreliable (noncompressible vessels).

Imp: necrotic eschar R anterior shin; dialysis + warfarin, so must r/o calciphylaxis.
Plan: do NOT debride; keep eschar dry (povidone paint), dry gauze. Dermatology slot for a
biopsy on Thursday; nephrology messaged about Ca/P.
"""),
("2024-03-26", "Dermatology Clinic Note", """
DERMATOLOGY - biopsy follow-up
Punch bx R anterior shin (3/14/24, deep): subcutaneous arteriolar calcification,
fibrin thrombi in the lumens, fat necrosis nearby; von Kossa and Alizarin red
positive; no vasculitis.

DIAGNOSIS: calciphylaxis, R lower leg.

Risk: ESRD on HD, warfarin since 2021, cirrhosis, DM. BMI: 27.9 (overweight) today.

Exam: R anterior shin eschar, 3.5x3cm, livedo racemosa around it; L leg clear;
trunk clear.

Plan reviewed with pt, daughter, nephrology and cardiology:
- warfarin stopped today; cardiology chose apixaban 2.5 BID to replace it
- thiosulfate 25g IV post-dialysis (Mon, Wed, Fri)

- wound center for dressings; sharp debridement deferred
- pain: low dose hydromorphone; gabapentin 100 mg after HD
- f/u 4 wks, photos in chart
"""),
]}

B06 = {"patient_id": "B06", "age": 60, "sex": "F", "notes": [
("2021-01-12", "Liver Transplant Clinic - Post-op", """
TRANSPLANT HEPATOLOGY - POST-LT CLINIC
60F, POD 39 s/p DDLT 12/4/2020 for PBC (refractory pruritus, rising bilirubin).
Pre-transplant HRS -> HD started 9/2020; renal function has NOT recovered after the LT, she
remains on HD M/W/F (kidney-after-liver safety net listing done).

Immunosuppression: tacrolimus 2 mg BID (trough 7.9), MMF 500 BID, prednisone 10 mg taper.
New-onset diabetes after transplant: on insulin since December (glargine 14 u, lispro w/
meals); her son does the shots, always into the rear of each upper arm, R and L.

Pt describes "a burning bruise" behind her R arm since New Year's Day, very sore to touch,
has to sleep turned to the left.

Exam: BP 146/82, wt 63.9 kg, BMI 24.5. Subcostal incision healed, staples out.
R posterior upper arm: 5x4cm dusky violaceous indurated area, retiform edges, central
grey patch. L posterior arm: scattered pinpoint bruises only.

Labs: AST 31, ALT 40, Tbili 0.8, Ca 9.6, phos 6.3.

Plan: urgent derm (r/o calciphylaxis vs panniculitis vs infection); son to switch injections
to her abdomen; continue immunosuppression.
"""),
("2021-01-19", "Dermatology Consult", """
DERMATOLOGY CONSULT
60 y/o F, liver transplant 12/2020, HD-dependent, on insulin since Dec 2020, injected into
the posterior upper arms until last week.

Onset: 1/1/2021, pain first, then purple discoloration of the R posterior upper arm.

Exam: R posterior upper arm 6x4cm retiform purpura, beginning to necrose centrally,
palpable subcutaneous induration; several healed needle marks within it. L arm:
faint ecchymoses at needle sites, no induration. Rest of skin clear.

Procedure: two 6 mm deep punch bx at the R arm plaque margin; sutured.

Impression: clinical picture of calciphylaxis arising at insulin injection sites (ESRD,
high phosphate, steroids). Histopathology pending. DDx: panniculitis, infection;
warfarin necrosis unlikely (never on warfarin).
Plan: f/u path, update transplant and nephrology teams.
"""),
("2021-02-02", "Nephrology - HD Progress Note", """
HD PROGRESS NOTE
Pathology back 1/22/21: calciphylaxis confirmed (calcified subcutaneous arterioles, thrombi,
necrosis). Lesion R posterior upper arm, onset New Year's Day.

Current plan:
- STS 25g runs in across the closing hour of dialysis, 3x/wk, since 1/25
- dialysate Ca 2.0; sevelamer two tabs with meals; cinacalcet 30
- insulin now goes into the abdomen; arms no longer used
- wound RN: hydrocolloid removed, silicone foam instead

Pre-HD 152/84, post 131/77, UF 2.1 L. Wt 63.0 kg. BMI 24.2.
Ca 9.1 / P 5.2 / PTH 455. Hgb 9.8.
Lesion: edges less dusky, central eschar 2 cm, pain 6/10.
Tacrolimus trough 8.4 - transplant team following.
"""),
]}

B07 = {"patient_id": "B07", "age": 67, "sex": "F", "notes": [
("2017-05-02", "Hepatology Clinic Note", """
HEPATOLOGY OUTPATIENT NOTE
67F with PBC (AMA+, dx 2009) on ursodiol 13 mg/kg, stage 3 fibrosis; ESRD 2/2 FSGS on HD
(Tu/Th/Sa) since 2015. Remote provoked DVT of the L leg in 2014, completed 6 months of
warfarin, none since.

CC: itching "like ants under my skin" since Easter, worst at night.
Ever since Easter she has scratched the back of her L forearm with her R hand, often until
it bleeds.


Exam: BMI 23.0. Anicteric. Xanthelasma. L dorsal forearm: linear excoriations, crusted
erosions, 10x6cm area. Scattered prurigo papules on the upper back.

Labs: ALP 412, Tbili 1.1, alb 3.6, plt 142.

A/P: cholestatic pruritus; partial responder to ursodiol.
- cholestyramine 4 g daily, 4 h apart from other meds; sertraline 75 mg
- nails short, cotton glove at night
- pruritus may ease with better HD adequacy - will message nephrology
- recheck ALP in 3 months
"""),
("2017-06-13", "Nephrology - HD Rounding Note", """
HD ROUNDS - Fairlow Kidney Center
67 F, ESRD (FSGS) on HD TTS via R upper arm AVF; PBC.

S: new and very painful spot on her L forearm since Memorial Day, "went purple, then
black". Itch better on cholestyramine.
O: BP 150/80 pre. Wt 61.2 kg. L dorsal forearm: 3x3cm black eschar inside a violaceous
retiform patch 6 cm across, TTP. No fluctuance.
Labs: Ca 10.2 (on calcitriol + CaCO3), P 6.8, PTH 1140, alb 3.4.

A/P:
1. Necrotic lesion L forearm - high suspicion for calciphylaxis. Stop CaCO3 and calcitriol,
   start sevelamer + cinacalcet. Derm consult for biopsy this week.
2. Severe SHPT - as above; refer for parathyroidectomy should PTH remain over 800.
3. PBC - per hepatology.
"""),
("2017-06-27", "Dermatology Consult", """
Derm consult note
Pt: 67 y/o female on HD, PBC. Painful L forearm plaque since 5/29/17.

Telescoping punch bx, L dorsal forearm (6/15/17): mural calcification of small hypodermal
vessels, thrombosis, lobular fat necrosis. So: proven calciphylaxis.

Exam: L dorsal forearm 4x3.5cm necrotic plaque, retiform rim; second 1 cm
violaceous nodule just distal to it. R arm (access arm) clear. Legs clear.

Assessment: biopsy-confirmed calciphylaxis, L dorsal forearm, in ESRD with severe SHPT.

Plan: begin STS 25g IV, given near the end of her Tu/Th/Sa runs;

 wound care, no debridement; pain with acetaminophen and
gabapentin after HD; parathyroidectomy evaluation; photos taken.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
