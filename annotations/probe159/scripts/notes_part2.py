"""probe159 corpus notes, C08-C14 (prior-authorization requests, appeal letters, medical-necessity
statements and the clinic notes behind them; every person, place and sentence invented)."""

C08 = {"patient_id": "C08", "age": 64, "sex": "M", "notes": [
("2021-06-02", "Plastic Surgery Operative Note", """
OPERATIVE NOTE - Hadley Cross Hospital, Plastic & Reconstructive Surgery
Date of surgery: 06/02/2021
Surgeon: Wendell Abiola MD   Assist: none   Anesthesia: MAC + local

Preop dx: non-healing full-thickness wound R lateral ankle after a fall down porch steps in
April 2021, 4.5x3.5cm, clean granulating base.
Postop dx: same.
Procedure: split-thickness skin graft, 20 sq cm, harvested from the L anterior thigh.

PMH pertinent: ESRD on CCPD (Tenckhoff in L lower quadrant); T2DM, glargine +
aspart injected into abdomen; remote DVT 2018 treated with warfarin, stopped 2019. BMI 32.0.

Description: Prepped/draped. Ankle wound bed freshened with curette, hemostasis. Padgett dermatome at
12/1000 inch, 3x7cm graft taken from the L anterior mid-thigh, meshed 1.5:1, inset with staples,
bolster dressing. Donor site: transparent film then gauze.
Blood loss minimal (<10 mL). No intraop problems.

Plan: bolster stays 5 days; donor site film intact until clinic; keep ankle elevated; PD per home
schedule; glucose checks QID.
"""),
("2021-07-12", "Wound Care Clinic Note", """
WOUND CARE FOLLOW-UP - Hadley Cross Outpatient Wound Center

64M, PD patient, s/p STSG to the R lateral ankle 6/2/21. Graft take 95%, ankle nearly closed.

Problem: the graft donor site on the L anterior thigh. Per pt it was pink and healing, then in late
June dark "bruise-looking" patches came up inside the donor area and became very painful.
Pain 8/10, stabbing, worse with clothing contact. No fever.

L anterior thigh (donor site, 3x7cm):
 - two black eschars 2.2 x 1.8 and 1.5x1.0cm within the rectangle
 - surrounding purple reticulated patch extending 2 cm beyond the donor edge
 - firm and indurated; no pus, no odor
R ankle recipient: epithelialized except 0.4 cm at inferior edge.
PD clinic labs: PTH 820, cCa 10.2, PO4 6.9, albumin 3.1.

Assessment: necrosis within STSG donor site - calciphylaxis suspected (PD, high Ca x P,
insulin-treated DM, past warfarin).
Plan: 4mm punch of the purpuric margin done today; xeroform + foam; notify nephrology; HBOT
evaluation.
Addendum 7/15: pathology - calcium in subcutaneous arteriole walls, thrombosed; calciphylaxis.
"""),
("2021-08-03", "Hyperbaric Oxygen Medical Necessity Statement", """
STATEMENT OF MEDICAL NECESSITY - HYPERBARIC OXYGEN THERAPY
Hadley Cross Wound & Hyperbaric Center
Insurer: Northgate Federal Employee Plan, Utilization Review

Patient: C08, 64 M; ESRD managed with continuous cycling peritoneal dialysis.
Requested: HBOT 2.0 ATA, 90 min, daily M-F, 30 treatments, then re-authorization.

Diagnosis: calciphylaxis, biopsy-confirmed 07/12/2021, arising in the left anterior thigh donor
site of a split-thickness graft harvested on 06/02/2021 - i.e., in a fresh surgical wound, in a
man with severe mineral bone disease.

Current wound: two coalescing ulcers, total 4.0x2.6cm, 60% eschar / 40% pale slough,
moderate pain, no infection.
Tried: IP/IV sodium thiosulfate since 7/16 (tolerating), calcium-free binder, cinacalcet
uptitrated, daily dressings x 3 weeks - progression of eschar.
Transcutaneous O2 at the wound edge: 21 mmHg baseline, 340 mmHg with oxygen.
Other: insulin-treated DM2 (A1c 7.4), prior warfarin (2018-2019), BMI 32.0 kg/m2.

HBOT is requested as adjunctive therapy for a hypoxic, non-healing calciphylaxis wound.
Signed: Patrizia Lindqvist, MD, Undersea & Hyperbaric Medicine
"""),
]}

C09 = {"patient_id": "C09", "age": 67, "sex": "F", "notes": [
("2018-10-15", "Dialysis Unit Nursing Note - Immunization", """
IMMUNIZATION / HD TX NOTE - Beacon Street Dialysis Unit
Shift: Mon/Wed/Fri 1st

Tx tolerated; R IJ permcath used, new dressing, exit clean/dry/intact. BP 132/70 before,
118/66 after. UF 1.9 L. Post wt 68.9 kg.

Flu vaccine (quadrivalent) 0.5mL IM, L deltoid, at 0955, lot FLQ2218B,
VIS given, pt consented. Pt requested the L arm ("I'm right-handed"). No immediate
reaction; observed 15 min.
Pneumococcal: up to date (2016). Hep B titer 12 -> booster series due, pharmacy notified.

Other: pt reports no new skin concerns; feet checked, no wounds. No diabetes. Not on warfarin.
Next Hgb 11/5.
M. Szabo, RN
"""),
("2018-11-26", "Dermatology Consult", """
DERMATOLOGY CONSULT - Harbor Point Dermatology
Referred by Beacon Street Dialysis (Dr. Keegan-Moss)

67F, hemodialysis, renal failure attributed to hypertension, with a painful R arm lesion that started about
3 weeks ago. She is convinced it is "from the flu shot," but the dialysis unit immunization
record documents the vaccine in her L deltoid on 10/15, and she agrees now that it was the
left. No bumps, bites or other injections to the R arm. Not diabetic.

Exam: BMI 26.0. Right upper arm, lateral aspect: 5x5cm plaque, violaceous and firm with angulated purpuric
extensions; central dusky gray zone 1cm. Tender out past the border.
L deltoid: normal skin, no nodule, no erythema.
Trunk, thighs, legs: clear.

Bx: 5 mm punch, R upper arm lesion edge, deep to fat.

A/P: retiform purpura, painful, in an HD patient; leading ddx calciphylaxis; also vasculitis,
cholesterol emboli. Await path.
Path 11/29 (addended): calcium within the media of fat arterioles, thrombi, lobular
panniculitis = calciphylaxis.
"""),
("2018-12-17", "Prior Authorization Request - Sodium Thiosulfate", """
Beacon Street Dialysis - Nephrology
PRIOR AUTHORIZATION: sodium thiosulfate, 25g IV at dialysis TIW, 90 days
Health plan: Meridian Harbor Advantage   Member: C09

ICD-10: E83.59, N18.6, Z99.2, L98.492 (ulcer of skin of other sites, fat layer).

67 F; ESRD; in-center HD, 3 runs a week, tunneled line access.
Biopsy-proven calciphylaxis (11/26/2018) of the right upper arm, lesion now 6x5.5cm with
early eschar. No diabetes, no warfarin. BMI 26.0.
Labs: iPTH 965, PO4 7.4, cCa 9.9, albumin 3.3.

Already done: calcium carbonate discontinued, calcitriol held, cinacalcet started, dialysis
time lengthened to 4.5 h, wound nurse follow-up.

Requested as standard-of-care treatment for calciphylaxis; no FDA-approved alternative.
Delay risks ulcer progression, sepsis and death. Please call for peer-to-peer.
Mireille Keegan-Moss, MD
"""),
]}

C10 = {"patient_id": "C10", "age": 57, "sex": "M", "notes": [
("2020-03-23", "Dermatology Consult", """
DERMATOLOGY - Sable Creek Clinic, new patient

57 y/o M, HD TTS x 3 yrs (diabetic nephropathy), T2DM treated with linagliptin alone - has never used insulin,
no home injections. Referred for a painful R thigh lesion that began in early March as
a sore hard spot and has grown. Denies injury, heat, ice, tight clothing or bites.

Vitals: BP 158/92, wt 131 kg, BMI 41.0, T 98.6.
Skin: R anterior thigh - 7x6cm firm violaceous plaque, stellate purpura, centered on a
2x1.5cm black eschar; very tender.
L thigh, abdomen, calves normal. No livedo elsewhere.

Impression: suspected calciphylaxis (ESRD, obesity, diabetes, Ca x P elevated per HD labs).
Plan:
- incisional bx today (edge incl. fat), von Kossa requested.
- nephrology to start sodium thiosulfate if confirmed.
- dressings: petrolatum gauze, ABD pad.
Addendum 3/26: path = calciphylaxis.
"""),
("2020-05-04", "Endocrinology Clinic Note", """
ENDOCRINOLOGY - Sable Creek Diabetes Center
Follow-up for T2DM, A1c 9.6% (4/1).

57M on HD. Calciphylaxis, R anterior thigh, proven by biopsy (March 2020); receiving IV STS.
Linagliptin alone failed. Insulin glargine was started 04/06/2020, 14 units qhs; he was taught
to inject the anterior thighs, both sides (on the right, above and away from the bandage) because
his abdomen has a large fold he cannot see.

Glucose log: fasting 140-190, no hypoglycemia.
Exam: obese (BMI 41.0), thighs: injection sites both sides without bruising or nodules; R thigh
wound dressing clean and dry (not removed today).

A/P:
- T2DM improving; glargine to 18 u; stop linagliptin? keep for now.
- Given calciphylaxis, move injections to the posterior upper arms (wife will give them) and
  stop using the thighs. Insulin pen teaching reviewed.
- RTC 3 mo, A1c.
"""),
("2020-06-15", "Prior Authorization Renewal - Sodium Thiosulfate", """
PRIOR AUTHORIZATION - CONTINUATION OF THERAPY
Sable Creek Nephrology -> Cascade Plains Health, Specialty Pharmacy Review

Member C10, 57 M, ESRD on HD. Sodium thiosulfate 25g IV at every dialysis, approved 3/30/2020
- 6/30/2020. Requesting 90-day extension.

Indication: calciphylaxis, right anterior thigh, biopsy-proven 03/23/2020; onset early March 2020,
before he ever started insulin (glargine began 04/06/2020).
Response: pain 9/10 -> 4/10; eschar 2.0x1.5 -> 1.2x0.8cm; induration receding, edges
granulating. No new lesions anywhere, including the thighs where insulin was briefly injected.
Tolerability: mild nausea, anion-gap acidosis monitored (bicarb 20-22).
Other treatment: cinacalcet 60 mg, non-calcium binder, weekly wound clinic.
Comorbid: T2DM on insulin, obesity BMI 40.6.

Continuing is necessary to complete healing; early withdrawal risks recurrence.
Signed: Dr. Yusuf Brandvold
"""),
]}

C11 = {"patient_id": "C11", "age": 66, "sex": "F", "notes": [
("2025-01-13", "Nephrology HD Rounding Note", """
NEPHROLOGY ROUNDING - Kestrel Park Dialysis, MWF
66F, ESRD (diabetic), HD, access = L upper-arm AVG; T2DM, linagliptin, no insulin;
AF, warfarin; morbid obesity.

S: For a week, an extremely sore firm spot of the lower L abdomen under the belly fold, "like a burn,"
7-8/10. She denies any injection, heating pad, ice, scratch, fall or injury there. Heparin only
via the dialysis circuit.

O: BP 170/96, HR 88 irreg, pre-wt 126.4 kg, BMI 47.3. L lower abdomen: 6x4cm indurated
violaceous plaque with lacy purpuric rim, no break in skin. Exquisite tenderness.
Labs: cCa 9.8, PO4 7.0, PTH 1040, alb 3.0g, INR 2.6.

A/P: calciphylaxis strongly suspected.
- derm to biopsy, urgent
- warfarin off; apixaban 2.5mg twice daily instead
- calcium acetate off -> sevelamer; cinacalcet 60
- prepare STS prior auth once biopsy back
"""),
("2025-01-20", "Dermatology Procedure Note", """
DERMATOLOGY PROCEDURE NOTE - Kestrel Park Skin Center

Procedure: punch biopsies x2 (4 mm), L lower abdominal plaque
Indication: suspected calciphylaxis, plaque present since early January.
Consent: risks incl. nonhealing biopsy site, bleeding, infection explained; pt agrees.

Site: L infraumbilical abdomen, below the pannus fold. Plaque 6.5x4.5cm, central 1 cm
dusky-gray patch now. Prepped w/ chlorhexidine. 1% lidocaine (plain).
Specimen A: 4 mm punch at inferior edge - H&E.
Specimen B: 4 mm punch 1 cm inside the border - H&E + von Kossa.
Gelfoam, no sutures placed (poor healing anticipated). Petrolatum + bordered foam.
EBL minimal. Tolerated well.

Apixaban noted, no hold required.
F/u: results 5-7 days; wound clinic referral placed.
Clara Vuković, MD
"""),
("2025-02-10", "Wound Clinic Procedure Note", """
WOUND CLINIC - Kestrel Park Wound & Hyperbaric
Dx: calciphylaxis (bx 1/20/25: calcified subcutaneous vessels, thrombi, fat necrosis; von
Kossa +) of the L lower abdomen.

Wound before: 7.0x5.0cm; eschar black/adherent ~70%, slough ~30%, moderate exudate,
foul odor, periwound purpura. No cellulitis.
Procedure: sharp excisional debridement (CPT 11042) of eschar and slough down to subcutaneous
tissue (curette, tissue scissors), after topical lidocaine. Area debrided 30 sq cm.
Wound after: 7.2x5.1x1.6cm, 50% pale granulation, bleeding points.
NPWT placed: black granufoam at -125 mmHg, continuous mode; drape edges reinforced with
hydrocolloid strips and tape on periwound skin. Plan change Mon/Wed/Fri at HD-adjacent visits.

Pain 6/10 post-procedure. Vitals stable. Plan HBOT evaluation; STS ongoing.
"""),
("2025-03-03", "Prior Authorization Request - NPWT and HBOT", """
REQUEST FOR AUTHORIZATION
To: Summit Ridge Health Partners, UM Department
Services: (1) NPWT E2402, A6550 dressing kits; (2) HBOT 99183/G0277 x 30

Member C11, 66 F. ESRD on hemodialysis, T2DM (linagliptin), morbid obesity (BMI 47.1),
warfarin stopped 1/13/25.
Diagnosis: calciphylaxis, biopsy-proven 01/20/2025, single ulcer, left lower abdominal wall.
No antecedent injury, injection or heat to this area was reported.

Course: debrided 2/10, NPWT since. Wound 7.4x5.3x1.5cm on 2/24 -> 6.8 x 4.9 x 1.2 on 3/3.
Granulation 70%. TcPO2 periwound 22 mmHg, 298 mmHg with O2 challenge.
Medical therapy: STS at dialysis, cinacalcet, sevelamer.

NPWT: continue 30 days for exudate control and granulation.
HBOT: adjunct for a hypoxic calciphylaxis wound responsive to oxygen.
Lorenzo Abernathy-Cruz, DNP, CWOCN
"""),
]}

C12 = {"patient_id": "C12", "age": 49, "sex": "F", "notes": [
("2016-02-15", "Peritoneal Dialysis Clinic Visit", """
PD CLINIC - Riverbend Home Therapies
49F, ESRD due to lupus nephritis (quiet now), CAPD with four daily exchanges since 2013. No diabetes.

S: x2 wks burning pain, purple blotches over both inner thighs. Denies any
shots into the thighs, no heating pads, no ice, no falls, no new clothing or rubbing. No
fever. PD going fine, no cloudy fluid.

O: T 36.9, BP 134/80, wt 83.4 kg, BMI 30.0. Exit site clean.
Medial thighs bilat: livedo racemosa in broken rings with two firm tender nodules R, one L.
No ulceration.
Labs: PTH 690, cCa 10.1, PO4 6.4, albumin 3.1. ANA/dsDNA stable, C3/C4 normal.

A/P:
1. r/o calciphylaxis vs lupus vasculopathy - derm referral this week for biopsy.
2. Calcium carbonate discontinued; sevelamer 1600 with meals.
3. If anticoagulation is ever needed, avoid warfarin given this concern.
4. PD Rx unchanged.
"""),
("2016-03-02", "Dermatology Consult", """
DERMATOLOGY - Riverbend Medical Arts
49 y/o F, PD-dependent, SLE, referred for bilateral thigh lesions x 1 mo.
Again denies trauma, insulin or other shots, heat or cold to the thighs.

Exam: Medial thighs - R: 8x5cm retiform purpura, central eschar (black) 1.5cm.
L: 6x4cm retiform purpura, central dusky area, no eschar yet. Marked tenderness both.
Remainder of skin incl. abdomen around PD catheter: no lesions.

Procedure: deep incisional sample from the L medial thigh lesion edge (telescoping punch 6/4 mm).

Path 3/4: calcific deposits in small/medium subcutaneous vessels, intimal fibroplasia,
thrombi, no vasculitis, no interface dermatitis. Diagnosis: calciphylaxis.

Plan: STS per nephrology; avoid further biopsies unless the picture changes; pain control;
counselled: keep heat packs and ice away from the thighs; no tight waistbands.
"""),
("2016-03-21", "Prior Authorization Letter - Sodium Thiosulfate", """
RIVERBEND NEPHROLOGY ASSOCIATES
March 21, 2016

Attn: Pharmacy Prior Authorization, Lakeshore Family Health Plan
Re: C12 - sodium thiosulfate (25g IV) TIW for 12 wk

Dear colleague,
I request authorization for sodium thiosulfate for my patient, 49, who has ESRD treated with
peritoneal dialysis (CAPD), systemic lupus, and biopsy-proven calciphylaxis (biopsy 03/02/2016)
of both medial thighs. There was no antecedent trauma, injection or heat exposure at these
sites. No diabetes; warfarin never prescribed. Her BMI is 30.0.

Lesions: R medial thigh 8.5x5cm with eschar, L medial thigh 6x4.5cm. Pain 8/10.
Done so far: calcium-free binder, cinacalcet, PD with low-calcium solution, wound care.

If intravenous treatment alone proves insufficient, we may later request intralesional
sodium thiosulfate injections into the plaques; that is not part of this request.

Calciphylaxis has high mortality; prompt treatment is warranted.
Sincerely,
Hollis Tamaki-Reyes, MD
"""),
]}

C13 = {"patient_id": "C13", "age": 70, "sex": "M", "notes": [
("2019-04-08", "Hemodialysis Rounding Note", """
HD ROUNDS - Pellham Kidney Center  TTS 3rd shift
70M ESRD (HTN/DM), in-center HD from 2015, L forearm fistula. T2DM - detemir + aspart,
injected into the abdomen. No warfarin.

S: Sore R elbow. He spends every 4-h run leaning on his right elbow on the chair armrest to
watch TV - has done so "since day one" in 2015. Now the point of the elbow is swollen.

O: BP 162/80 -> 138/72, HR 70. Post wt 86.9 kg, BMI 28.4.
R elbow: soft fluctuant olecranon bursa ~4 cm, overlying thick callus, mild redness, no warmth,
full ROM. Skin of R upper arm normal.
Labs: spKt/V 1.38, K 5.0, Hgb 10.9, PTH 602, cCa 9.5, PO4 6.3, albumin 3.7.

A/P:
- R olecranon bursitis from chronic leaning pressure: gel elbow pad, rotate positions, pillow on
  armrest; no aspiration now.
- CKD-MBD: sevelamer up, cinacalcet 30 -> 60.
- DM: insulin per PCP.
"""),
("2019-05-13", "Dermatology Consult", """
DERMATOLOGY - Pellham Regional Dermatology

70 y/o man, HD, insulin-treated DM; R arm lesion, painful, x 2 weeks.

Exam:
R posterior upper arm, mid-triceps, ~11 cm proximal to the olecranon: 4.5x4cm stellate
purpuric plaque w/ central 1.2 cm black eschar, surrounding firm induration, very tender.
R elbow: resolving olecranon bursitis, callused skin over the olecranon, no purpura, no ulcer -
the lesion is clearly separate from where he leans.
Abdomen where he injects insulin: slight lipohypertrophy, no purpura. Legs: clear.

Procedure: punch biopsy 4mm, edge of R upper arm plaque.

Path 5/16 (addended): calcified subcutaneous arterioles, thrombi, lobular fat necrosis;
findings are those of calciphylaxis.

A/P: calciphylaxis, R posterior upper arm, not at the elbow pressure point. STS at each HD,
wound care, no BP cuff on R arm.
"""),
("2019-06-03", "Hyperbaric Oxygen Prior Authorization Request", """
HBOT PRIOR AUTHORIZATION REQUEST
Pellham Hyperbaric Medicine -> Crestline Medicare Advantage, UM
Member C13, 70 M

Requested: hyperbaric oxygen at 2.4 ATA, 90-minute dives, 30 treatments (99183, G0277).
Dx: calciphylaxis (E83.59) biopsy-proven 05/13/2019; ulcer of R upper arm with fat layer
exposed (L98.412 - ulcer of other site); ESRD on HD (N18.6, Z99.2); T2DM with insulin
(E11.622, Z79.4).

Wound (5/31): R posterior upper arm 5.2x4.6cm, 50% eschar, 50% slough, no cellulitis.
Standard care > 30 days: IV sodium thiosulfate TIW since 5/18, cinacalcet, non-calcium binder,
daily dressing, pain control. Eschar extending.
TcPO2: periwound 19 mmHg on air, 301 mmHg on O2.
BMI 28.4. Non-smoker. Chest x-ray clear; no contraindication to chamber.

Rationale: adjunctive HBOT for hypoxic calciphylaxis ulcer; please authorize.
Dr. Ingrid Mwangi-Foster, UHM
"""),
]}

C14 = {"patient_id": "C14", "age": 68, "sex": "F", "notes": [
("2022-01-10", "Emergency Department Provider Note", """
ED NOTE - Thornbury General
CC: bruising on belly, back blister

68F, ESRD (HD three mornings a week), T2DM (linagliptin), AF. Warfarin was restarted 12/27/21
after a GI bleed hold, bridged with enoxaparin 40mg subcut once daily, injected in the abdomen.
Since Saturday large painful bruises at the injection spots. Also a blister on the low back;
3 days ago she nodded off on her heating pad, setting 'high'.

Vitals: temp 36.6, pulse 92, BP 154/78, sat 97%.
Abd: three ecchymoses 3-6 cm periumbilical, one with a firm 4 cm subcutaneous hematoma, no
necrosis, no purpura pattern, no expanding mass.
Low back (midline L3-4): 3x2cm intact blister with red base, superficial partial-thickness
burn.
Legs: chronic stasis changes, no ulcers.
Labs: Hgb 9.8 (her usual ~10.1), plt 188, INR 1.9, anti-Xa pending.

A/P: abdominal wall hematomas at enoxaparin sites - not calciphylaxis, simple bleeding bruises;
Hgb stable. Stop enoxaparin (INR nearly therapeutic). Burn care: leave blister, silver foam,
no more heating pad. Discharged.
"""),
("2022-02-14", "Dermatology Consult", """
DERMATOLOGY CONSULT - Thornbury Dermatology

68 y/o F (HD; warfarin) - painful sores of both lower legs, present since late January.
Abdomen bruises and back blister from last month have healed.

Exam:
 R calf (posterolateral): 6x4cm retiform purpura w/ central 2x1.5cm eschar
 L calf (medial): stellate 5x3cm ulcer with black base, violaceous border
 both very tender; pedal pulses present
 Abdomen: faint yellow-green residual bruising, no purpura
 Low back: healed burn, pink, no necrosis
 BMI 33.3

Procedure: punch biopsy R calf lesion edge, 5 mm.
Path 2/17 (addended): calcified subcutaneous arterioles, thrombosed, over necrotic fat;
calciphylaxis.

Assessment: calciphylaxis, bilateral calves. The prior abdominal bruises (enoxaparin) and the
heating pad burn were ordinary injuries that healed and are not calciphylaxis.
Plan: cardiology to swap warfarin for apixaban; STS at dialysis; wound clinic.
"""),
("2022-03-07", "Prior Authorization - Sodium Thiosulfate and Wound Supplies", """
PRIOR AUTHORIZATION REQUEST
Thornbury Nephrology Group -> Bayside Unity Health Plan
Member: C14 (68 F)

1. Sodium thiosulfate 25g IV after dialysis, TIW, for 12 weeks.
2. Wound supplies: calcium alginate, bordered silicone foam, 3 changes/week, 3 months.

Diagnosis: calciphylaxis, biopsy-proven 02/14/2022, bilateral lower legs (R posterolateral calf
6.5x4.2cm, L medial calf 5.4x3.3cm). ICD-10 E83.59, L97.212, L97.222, N18.6, Z99.2.
Risk factors: ESRD on hemodialysis, warfarin (switched to apixaban 2/16), obesity with BMI 33.3,
type 2 diabetes (linagliptin), PTH 880.
Measures taken: calcium binder stopped, cinacalcet started, dialysate calcium lowered.

Rationale: standard treatment of calciphylaxis; painful necrotic ulcers at risk of infection
and amputation.
Signed, Dr. Olamide Fairweather-Grant
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
