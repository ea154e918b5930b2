"""probe147 corpus notes, C08-C14 (telehealth, portal messages and the clinics around them; all invented)."""

C08 = {"patient_id": "C08", "age": 68, "sex": "M", "notes": [
("2018-08-14", "Interventional Radiology Procedure Note", """
IR PROCEDURE NOTE - 08/14/2018
Operator: D. Castellanos, MD   Sedation: moderate (midazolam/fentanyl), RN monitored

Indication: L foot rest pain, ABI L 0.48; ESRD on HD (TTS), T2DM, CAD s/p PCI.
Procedure: abdominal aortogram with bilateral lower extremity runoff.
Access: R CFA, retrograde puncture under US with a micropuncture set,
5 Fr sheath. Contrast: 45 mL iodixanol (HD tomorrow as scheduled).

Findings: patent aortoiliac segments. L SFA occluded from origin, reconstitutes at the
above-knee popliteal; single-vessel peroneal runoff on the L. R side: moderate SFA disease,
3-vessel runoff.

Closure: 6 Fr Angio-Seal at the R CFA arteriotomy, good hemostasis. Groin soft, no
hematoma at end. Distal pulses unchanged.

Complications: none. EBL minimal.
Plan: bedrest 2 h, discharge today; vascular surgery video f/u in 4 wks to discuss L
femoral-popliteal bypass vs endovascular options. Resume aspirin/clopidogrel.
"""),
("2018-09-10", "Video Visit - Vascular Surgery", """
VASCULAR SURGERY - TELEHEALTH FOLLOW-UP (video)
Pt on his porch, wife present; consents verbally; exam limited to what can be shown on
camera.

68M w/ ESRD on HD, T2DM (glipizide), CAD, L SFA occlusion on 8/14 angiogram. L foot rest
pain unchanged, sleeps in recliner.

New issue: painful, hard, purplish area at the R groin puncture site, he first noticed
it 2 weeks
ago; now "like a hot coal." On camera: violaceous, indurated plaque ~4cm across, with a
lace-like purple margin in the R groin over the access site; no pulsatile swelling per pt,
no drainage. Afebrile at home, 36.9.

A/P:
1. R groin lesion at prior access - ddx late hematoma, pseudoaneurysm, infection of the
   closure device, calciphylaxis. Arterial duplex R groin this week; derm referral.
2. L SFA occlusion w/ rest pain - plan angioplasty vs bypass after groin issue is sorted.
3. Continue ASA/clopidogrel, atorvastatin.
BMI 28.4 per last clinic wt. Time 21 min.
"""),
("2018-09-25", "Dermatology Consult", """
DERMATOLOGY CONSULT
Referred by vascular surgery for R groin lesion.

HPI: 68M - HD for ESRD; T2DM managed with glipizide alone, no insulin; PAD. Diagnostic
angiogram via R CFA
8/14/18 with Angio-Seal. Painful R groin plaque since late August (pt: "a couple weeks after
the x-ray dye test").
Duplex 9/12: no pseudoaneurysm, no hematoma, no AV fistula.

Exam: R groin, over the femoral access site: retiform purpura 5cm x 4cm with woody
induration and a central eschar of 1.5cm. L groin normal. No other skin lesions.
Vitals: BP 142/70  HR 70  weight 86.2kg  BMI 28.4

Path (punch bx 9/18): calcium and thrombus within little subcutaneous vessels, the
adjacent fat necrotic; von Kossa highlights the deposits. Read as calciphylaxis.

Impression: R groin calciphylaxis, which began right where the femoral artery was
accessed for the angiogram.
Plan: STS during dialysis; calcium acetate stopped; wound care - alginate + foam; pain:
tramadol
50 mg prn (renal dosing). Communicated with vascular: defer L leg revascularization via the
R groin.
"""),
]}

C09 = {"patient_id": "C09", "age": 61, "sex": "F", "notes": [
("2023-01-17", "Video Visit - PD Clinic", """
HOME DIALYSIS CLINIC - VIRTUAL VISIT (video)
Patient home: Larkspur Hollow. Provider: home PD unit. Consent verbal.

61 y/o F, CAPD by hand - 4 daily exchanges alternating 2.5% and 1.5% dextrose; ESRD from
polycystic kidneys, HTN, obesity.
No diabetes. Never on warfarin.
PET 11/2022: high-average. Weekly Kt/V 1.9. UF ~700 mL/day.
Home BP 134/80, wt 92.6 kg, BMI 34.5.

Anemia: Hgb 9.4 (12/28), ferritin 310, TSAT 24%. She self-injects epoetin alfa-epbx
8,000 units SC every Sunday and has always used her R thigh - she is left-handed.
-> increase to 10,000 units weekly.

Exit site: photos uploaded 1/15 - no crust, no erythema. Continue mupirocin.
Phos 6.1 -> lanthanum 500 mg tid w/ meals. Ca 9.0. PTH 480.
RTC video 4 wks, labs at local draw station.
"""),
("2023-03-06", "Patient Portal Message", """
Portal message, 03/06/2023 11:52
To: Home PD nurses
Subject: very painful lump inside left thigh

Hi team. I have a dark purple lump, left leg, inner thigh, and it
hurts SO much, more than anything. It started around Feb 20 as a small sore bump and
now its the size of my palm with a hard center. I attached 2 photos. My exchanges are fine
and the fluid is clear. No fever.

-- Reply (B. Adeyemi, RN) 03/06/2023 14:10 --
Thank you for the photos. Dr. Marsh looked at them and wants dermatology to see you quickly
for a biopsy; you are booked 3/13. Meanwhile please keep the area covered, don't massage it,
and phone us for any fever or cloudy PD fluid.
"""),
("2023-03-21", "Dermatology Consult", """
DERMATOLOGY CONSULT - results visit

61F ESRD on CAPD, ADPKD, obesity (BMI 34.9 today, wt 93.7 kg). No DM, no anticoagulants.
L medial thigh lesion since ~2/20/23.

Path (incisional bx 3/13, L medial thigh): calciphylaxis; pathologist notes calcified
small arteries in the deep fat, luminal thrombi, widespread fat necrosis.

Exam: L medial thigh, a 9x7cm indurated plaque edged by retiform purpura, central
2 cm eschar. R anterolateral thigh (her epoetin spot): a few tiny healed puncture marks,
soft, no induration or purpura. She confirms she has never injected the L thigh.

Assessment: calciphylaxis L medial thigh; the R thigh injection area is uninvolved.
Plan: sodium thiosulfate thrice weekly by peripheral IV at the infusion center; stop
calcium; cinacalcet 30 mg;
switch epoetin to abdomen? - defer to PD team. Dressing: medical honey + foam.
"""),
]}

C10 = {"patient_id": "C10", "age": 74, "sex": "M", "notes": [
("2023-03-28", "Telehealth Wound Care Visit", """
WOUND CLINIC - TELEHEALTH (home health RN S. Kowalczyk at bedside with tablet)

Gentleman of 74. ESRD, HD on Tuesday/Thursday/Saturday. Type 2 DM, no meds, diet alone
keeps A1c at 6.4; recurrent DVT on warfarin,
HTN, BPH. Weighs 79.5kg, BMI 26.1.

R lateral calf: painful purple spot that started in the second week of March, now an ulcer
measuring 3.2cm by 2.8cm with adherent black eschar and violaceous retiform rim; no
drainage; periwound
firm, warm? RN says not warm. Pain 9/10, out of proportion.
Pt and RN deny any injury, bump, scratch, heat or ice to that calf before the onset.
Pulses DP/PT dopplerable per RN.

Impression: necrotic ulcer R calf - worry for calciphylaxis (ESRD, warfarin), ddx arterial
ulcer, vasculitis.
Plan: derm in person 3/30 for biopsy; keep eschar dry, betadine paint + dry gauze daily;
ABI ordered; message nephrology re warfarin.
"""),
("2023-04-04", "Dermatology Clinic Note", """
DERMATOLOGY - biopsy results / follow-up

Punch bx R lateral calf (3/30/23): calciphylaxis (arteriolar calcification, intraluminal
thrombi, subcutaneous fat necrosis; von Kossa +).

Exam: R lateral calf ulcer 3.4 x 3.0 cm, eschar, retiform purpura to 1.5 cm around it.
Left leg clear.
Vitals: BP 150/72, P 66, T 36.4. INR 2.6.

Assessment: biopsy-proven calciphylaxis, R lateral calf, onset March 2023.
Plan:
1. IV sodium thiosulfate at dialysis beginning this week (nephrology aware).
2. Warfarin -> apixaban; hematology agrees, last warfarin dose tonight.
3. Stop calcitriol; non-calcium binder.
4. Wound: continue betadine to eschar, pad the leg, avoid bumps.
5. Pain: gabapentin 100mg post-dialysis.
RTC 3 wks.
"""),
("2023-04-12", "Telephone Encounter", """
TELEPHONE ENCOUNTER
Caller: S. Kowalczyk, home health RN, 04/12/2023

Reports that on the night of 4/9 pt got up to urinate and knocked his R shin on the
bed's metal frame. Small skin tear, ~2cm, front of the R shin, a few cm anterior to the
calciphylaxis ulcer; some bleeding, controlled by pressure. Steri-strips and a silicone
dressing applied. The ulcer itself looks unchanged (3.4 x 3.0), eschar intact, no new
redness. No fever. Apixaban started 4/5.

Advice: keep the skin tear covered, check daily; bed rail padding and night light; home
health to add a PT fall-risk visit. Wound clinic f/u as planned 4/25.
Routed to Dr. Fairweather (derm) and nephrology.
"""),
]}

C11 = {"patient_id": "C11", "age": 55, "sex": "F", "notes": [
("2021-06-29", "Patient Portal Message", """
Portal msg from patient  06/29/2021 05:40
Re: sore under my stomach fold

Dr. Amari, I have a sore on the left side under my belly fold that started Father's Day.
The middle is black now, quarter sized, and the pain beats my old kidney stones
by a mile. Its hard around it and purple. I have always done my insulin shots in the
back part of my arms,
never in my belly, since I started it years ago. I attached a pic but its hard to get a good
one. I have dialysis tomorrow.

-- Reply 06/29/2021 09:15, F. Amari MD --
I looked at your picture. I want dermatology to see this in person next week and they
may take a small sample. Please keep it clean and dry with a gauze pad and let your dialysis
nurse look at it tomorrow.
"""),
("2021-07-06", "Dermatology Consult", """
DERMATOLOGY CONSULT

55F with ESRD (in-center dialysis 3 days/wk) and type 2 DM (glargine + aspart, injects
posterior upper arms),
obesity class III, HTN, OSA. BMI 47.3 (wt 131 kg).

L side of the lower abdominal pannus, beneath the fold: black eschar 5cm by 4cm ringed
by retiform purpura, stony induration 3cm around; macerated fold. Posterior upper arms:
multiple small
injection marks, no nodules, no purpura.

Procedure today: two 5 mm punch biopsies at the purpuric border of the pannus lesion
(one for DIF/von Kossa). Hemostasis with Monsel's.

Impression: suspect calciphylaxis of the pannus; ddx necrotizing infection (no crepitus,
afebrile), warfarin necrosis (she takes no warfarin).
Plan: path; pannus lifted off the fold with moisture-wicking fabric; wound clinic referral.
"""),
("2021-07-27", "Telehealth Wound Care Visit", """
WOUND CARE - VIDEO VISIT (pt in her living room, home health nurse present)

Path 7/6/21: calciphylaxis, L lower abdominal pannus.
Course: sharp debridement of eschar at in-person visit 7/13 (to bleeding base); NPWT
125 mmHg continuous started 7/20, changed MWF by home health. Some periwound stripping from
the drape tape noted at the last change; switched to a silicone border.

Video exam: wound 6.1 x 4.8 x 1.2cm; granulation beefy red over about 3/5, slough the
rest, no exposed
fascia, periwound violaceous but softer. Pain 6/10 (was 9).
Wt 130.2 kg, BMI 47.0.

Plan: continue NPWT; STS with HD per nephrology; protein supplement; A1c 8.1 - PCP aware,
insulin still in the arms only. Video f/u 2 wks, in-person debridement as needed.
"""),
]}

C12 = {"patient_id": "C12", "age": 45, "sex": "M", "notes": [
("2016-10-04", "E-Consult - Dermatology", """
E-CONSULT  Nephrology -> Dermatology   Submitted 10/04/2016

Question: 45M, ESRD (FSGS), HD x 6 yrs via L AVF, 2 weeks of an exquisitely
painful plaque, R lateral thigh. Photos attached (3). Is this calciphylaxis and how
urgent is a biopsy?
Pertinent: Ca 9.9, phos 8.2, PTH 1,350 (on cinacalcet, poor adherence), alb 3.8. No DM.
Not anticoagulated. Per pt: no injections into the thigh, never used heat or cold packs
there, no falls,
no bumps, no other injury of that leg.

Response (derm, 10/05): Photos show a 7 x 5 cm violaceous reticulated plaque with central
dusky necrosis on the R lateral thigh. Strongly suspect calciphylaxis. Recommend
deep incisional biopsy this week; start STS empirically after biopsy if pain severe.
Time: 12 min.
"""),
("2016-10-18", "Dermatology Video Visit", """
DERM TELEHEALTH VISIT (video)

Incisional biopsy R lateral thigh 10/11/16 returned calciphylaxis (calcified, clotted
small vessels; necrotic fat).

On video: R lateral thigh plaque ~8 x 5 cm with 3 cm black eschar; rest of skin shown on
camera (other thigh, abdomen, calves) clear.
Self-reported wt 93 kg.

Counselling: no heating pad, hot packs or ice on the legs; no one should give him shots
in the
thighs - if vaccines or other injections are needed, use the deltoid. Loose clothing
over the plaque. If pain escalates, surgical debridement could be considered
later; not now.
Plan: nephrology started thiosulfate with dialysis 10/14; parathyroidectomy evaluation
with ENT
surgery, cinacalcet adherence.
"""),
("2016-11-01", "Telephone Encounter - Nephrology", """
PHONE F/U - nephrology APRN

Pt reports pain now 5/10 (had been 9) on STS; dressing changes by wife. No fever.
HD unit says his flu shot is due next week; told them to give it in the L deltoid, not the
legs.
Hematology e-message: workup for a possible L arm clot after a recent ultrasound was
negative; if he ever needs anticoagulation, use apixaban, not warfarin. Never on warfarin.
Parathyroidectomy consult set 11/15.
Vitals from HD yesterday: BP 148/86, weight 92.6kg, BMI 29.9 (overweight).
Plan: no changes to STS/sevelamer; cinacalcet 60mg daily; derm video in 2 wks.
"""),
]}

C13 = {"patient_id": "C13", "age": 69, "sex": "F", "notes": [
("2020-01-09", "Urgent Care Note", """
URGENT CARE - Pinecrest Walk-In Clinic    01/09/2020

CC: cough, fever x 3 days
Woman, 69, with ESRD (last HD run was yesterday), T2DM on insulin, HTN, obesity.
T 38.4, HR 98, BP 138/74, RR 20, SpO2 93% RA. Wt 91kg, BMI 35.0.
Lungs: crackles R base. CXR: RLL opacity.

Dx: CAP, right lower lobe.
Tx in clinic: ceftriaxone 1g IM, R upper outer buttock (dorsogluteal), given by the
MA, tolerated. Rx azithromycin 500 mg day 1 then 250 mg x 4 days.
Follow-up with PCP by video in 2-3 days; ED if SOB worse. Dialysis unit notified.
"""),
("2020-02-18", "Video Visit - Primary Care", """
PCP VIDEO VISIT   Pt in her bedroom, agrees to virtual care, husband runs the camera.

Pneumonia resolved.
New: painful hard lump, posterior R thigh, since around Groundhog Day, now purple.
Hurts sitting on the toilet and on the dialysis chair. No fever.
On camera (pt standing, husband filming): ~4 cm violaceous, firm nodule with mottled
border on the posterior R thigh, roughly one palm-width under the gluteal crease. Skin of
the buttock above looks normal.

A/P: painful violaceous nodule in ESRD pt - ?calciphylaxis vs panniculitis vs abscess.
Derm in-person referral (urgent). Keep pressure off, cushion for HD chair.
Home sugars 140-210 on glargine 24 u + aspart.
"""),
("2020-03-03", "Dermatology Consult", """
DERMATOLOGY CONSULT

69F - HD, T2DM on insulin, BMI 35.0, HTN. Posterior R thigh lesion since early Feb.
Bx 2/25/20 (6 mm punch) -> calciphylaxis: subcuticular arterioles with mural calcium and
clot; lobular panniculitis.

Exam: posterior R thigh, 8-10 cm below the gluteal crease: violaceous indurated plaque
(5cm x 4cm), small eschar centrally. R buttock, upper outer quadrant (where the January
ceftriaxone IM was given per urgent care record): normal skin, no induration.

Assessment: calciphylaxis of the posterior R thigh - not at the injection site.
Plan: thiosulfate at HD; calcium carbonate off; cinacalcet; wound care alginate + foam;
offloading
cushion; f/u 3 wks.
"""),
]}

C14 = {"patient_id": "C14", "age": 60, "sex": "M", "notes": [
("2026-01-12", "Patient Portal Message", """
Patient message  01/12/2026 08:03
Subject: blister on my leg + belly spots

Good morning. Saturday night I fell asleep with the hot water bottle against my left shin
and woke up to a blister, half-dollar sized, it popped on its own. Also
the hard spots on my belly that I mentioned at dialysis in December are hurting more and
one looks darker. 3 pictures attached. I am on coumadin still.

-- Reply 01/12/2026 10:40 (G. Mbeki, RN) --
Thanks, pictures received. For the shin: rinse with water, Vaseline and a non-stick pad
daily, no more hot water bottle. Dermatology video visit booked 1/20 to look at both the
shin and the belly spots.
"""),
("2026-01-20", "Dermatology Video Visit", """
TELEDERMATOLOGY (video) - pt at home, wife assisting

60M. ESRD/HD. T2DM - linagliptin, never insulin; AFib on warfarin since 2019, obesity.

1) L anterior shin: deroofed blister 3x2cm, base pink and moist; eschar absent, purpura
   absent. = superficial partial-thickness thermal burn, hot water bottle (1/10). Not
   calciphylaxis. Healing expected 2 wks.
2) Abdomen: two firm, violaceous, net-patterned plaques - periumbilical 4 cm and L lower
   abdomen 5 cm - tender, present since about December. No injections into the abdomen
   (no insulin, no SC heparin; his heparin goes into the dialysis lines only), no heat
   there, no belt
   or waistband pressure.
   Concern for calciphylaxis.
Plan: punch bx L lower abdominal plaque in person 1/23; labs Ca/phos/PTH from HD.
"""),
("2026-02-03", "Dermatology Clinic Note", """
DERMATOLOGY - follow-up, in person

Path 1/23/26 (L lower abdomen): calciphylaxis. Small vessels calcified, thrombosed;
fat necrotic.

Exam:
- Abdomen: periumbilical plaque 4.5 cm, L lower abdominal plaque 5.5 cm with 1 cm eschar
  at bx site.
- L shin: burn re-epithelialized.
- R forearm: 3 cm flap skin tear from tape pulled off after an IV in the ED on 1/25 (seen
  for K 6.9). Clean, edges approximated, no purpura - ordinary skin tear, not
  calciphylaxis.
Vitals: BP 146/80, wt 99.8 kg, BMI 32.2.

Plan: STS with HD; warfarin -> apixaban (cardiology agrees); sevelamer; wound care for
abdomen; paper tape only on his skin going forward.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
