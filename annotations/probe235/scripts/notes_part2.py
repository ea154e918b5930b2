"""probe235 corpus notes, N08-N14 (infectious diseases / OPAT and the clinics around them; all invented)."""

N08 = {"patient_id": "N08", "age": 63, "sex": "F", "notes": [
("2024-03-04", "Infectious Diseases Consult", """
ID CONSULT (fellow: T. Abernathy-Ruiz)   03/04/2024
Reason: abdominal wall "cellulitis" not improving on pip-tazo x 3 d

63F ESRD; hemodialysis MWF (L arm AVF). T2DM since 2005, on insulin since 2017 (glargine
+ aspart, injects into the belly only), morbid obesity (BMI 44.9), CHF. No warfarin.
Describes a very painful area on the lower belly, R of the navel, starting around
Super Bowl Sunday. Exam: R periumbilical / R lower abdomen 8 x 6 cm indurated retiform
purpura with 2 small black eschars, no crepitus, no bullae, tender out of proportion.
Many small healed injection marks across the lower abdomen.
CT: subcutaneous edema, no gas, no abscess. WBC 9.1, CK 88.
Impression: not nec fasc, not simple cellulitis; suspect calciphylaxis.
Recs: stop pip-tazo; inpatient derm consult for bx; surgery following.
"""),
("2024-03-06", "Dermatology Inpatient Consult", """
Dermatology inpatient consult - 3/6/24
HPI: 63F on HD with a painful R lower abdominal lesion (see ID note). Most evenings a hot
water bottle sits on her lower belly for "gas cramps" (gastroparesis), a habit since
last fall, and her insulin goes in everywhere across the lower belly.
Denies trauma, no falls.
Exam: R periumbilical indurated plaque with retiform purpura, two eschars (1.0 and
0.6 cm); faint reticulated red-brown pigmentation over the lower abdomen (likely heat).
L abdomen: injection marks only, no purpura.
Procedure: two 6-mm punches, R periumbilical plaque edge; hemostasis by pressure;
specimens to path (H&E + VK) and micro.
A/P: retiform purpura in an obese dialysis patient at insulin and heat sites - concern for
calciphylaxis; await path.
"""),
("2024-03-11", "ID Attending Progress Note", """
ID attending progress note   March 11, 2024
Path (3/6, punch x2): calcium deposited in subcutaneous arteriolar walls, microthrombi,
panniculitis; tissue cx no growth. Consistent with calciphylaxis.
The distribution fits: the plaque lies where years of her insulin injections went, and
where the hot water bottle rests; symptom onset 2/11/24 (Super Bowl Sunday).
Off all abx since 3/4; afebrile; WBC 7.0.
Assessment: calciphylaxis, R abdomen. No soft tissue infection.
Plan: ID signing off. Renal to start STS. Insulin sites should change to arms/thighs
from now on, and no more hot water bottle on the abdomen - discussed with pt and her son,
both agree.
"""),
("2024-04-02", "Nephrology HD Clinic Note", """
HD monthly - nephrology   2 April 2024
Calciphylaxis R abdomen (bx 3/6/24); on IV thiosulfate (25 g) post-dialysis since 3/8.
Pain now 5/10 (9/10 at dx). Eschars unchanged, nothing new; wound RN dressing 3x/wk at HD.
Pt now injects insulin in her thighs; hot water bottle put away.
Meds: glargine 20u; aspart per scale; sevelamer 1600 mg with each of
3 meals; cinacalcet 30 daily; Ca acetate d/c'd.
Ca/PO4/PTH: 8.9/5.2/588.
Wt 121 kg, BMI 44.7.
Plan: STS 3x/wk to continue, consider a lower dialysate Ca; wound clinic f/u 4/9.
"""),
]}

N09 = {"patient_id": "N09", "age": 70, "sex": "M", "notes": [
("2018-10-30", "Urgent Care Visit", """
URGENT CARE - Fenwick Square   10/30/2018
70 y/o M, HD pt (TTS), T2DM on linagliptin (no insulin), mechanical mitral valve on
warfarin, CAD. BMI 29.4 (overweight).
CC: L calf sore (posterior), about 2 weeks, painful, enlarging.
Exam: shallow 4x3cm ulcer, L posterior calf, dark purple border and surrounding redness,
warm, tender. No crepitus. Pedal pulses dopplerable.
Imp: cellulitis with ulcer, L lower leg.
Tx: ceftriaxone 1 g IM, R vastus lateralis; doxycycline 100 mg bid x 10 d.
Warm moist compresses to the L calf 20 min QID starting today.
F/u PCP / wound clinic in 1 wk.
"""),
("2018-11-08", "Infectious Diseases Consult", """
ID consult - outpatient (referred by nephrology)   8 Nov 2018
Failed cellulitis tx: L calf ulcer present since mid-Oct, worse despite IM ceftriaxone
(10/30) + doxy; his wife has been putting the warm compresses on the ulcer every day since
the urgent care visit. Pain severe, wakes him at night.
Exam: ulcer L posterior calf now 6x4cm w/ black adherent eschar, violaceous livedoid
halo; does not probe to bone. R leg: intact skin.
XR/MRI L tib-fib: soft tissue ulcer only, no osteomyelitis. ABI 0.9 (noncompressible?).
Wound cx (deep, after removing crust): mixed skin flora.
INR 3.4. Ca x P product 68.

A/P: not an infectious ulcer. Highly suspicious for calciphylaxis (HD, warfarin).
- stop doxy
- d/c warm compresses
- derm biopsy; nephrology re warfarin
"""),
("2018-11-20", "Dermatology Note", """
Dermatology - Fenwick Skin & Wound   11/20/18
Bx L posterior calf (11/13): subcutaneous arterioles w/ calcified media,
luminal thrombosis; fat necrotic; VK-positive. => Calciphylaxis, L calf.
Course: ulcer began ~mid-October, before any heat was used; the compresses were started
at urgent care on 10/30, over an established ulcer, and have been stopped.
No new lesions; R calf and both thighs clear.
Plan: STS w/ HD (ordered by renal); cardiology to weigh an alternative to warfarin
(mechanical valve - difficult); non-adherent dressings; pain service.
BMI 29.4.
"""),
]}

N10 = {"patient_id": "N10", "age": 57, "sex": "F", "notes": [
("2020-02-11", "Infectious Diseases Consult", """
ID CONSULT   Feb 11, 2020
Reason: bilateral thigh wounds - NSTI?

57F, ESRD; HD MWF (tunneled R chest catheter). T2DM on insulin, which she puts only into
her abdomen ("never my legs, they hurt too much"). Morbid obesity, BMI 46.3. DVT in 2014:
6 months of warfarin, nothing since. Tdap into the L deltoid at HD 1/2020.
HPI: about 3 wk of severe pain, both inner thighs, where purple patches formed and are
now crusted black. Denies heating pads, ice, injuries, or anything applied to the legs.
Exam: bilateral medial thighs, symmetric 5-9 cm plaques of retiform purpura w/ central
eschar; no crepitus. Abdomen: injection lipohypertrophy, no purpura.
CT: no gas, no fascial fluid. WBC 10.4, lactate 1.1.
A/P: favors calciphylaxis over NSTI. Hold broad abx; derm bx; nephrology aware.
"""),
("2020-02-14", "Dermatology Consult", """
DERM CONSULT 2/14/2020
Seen at ID's request. Two punch bx from L medial thigh plaque margin, 2/12.
Path: widespread calcium in small/medium subcutaneous vessels, thrombi in lumina, fat
necrosis; VK positive; Gram/cx neg.
Dx: calciphylaxis, bilateral medial thighs.
Comment: no injection, heat or pressure trauma to the thighs reported; insulin goes in the
abdomen, and the abdominal skin is spared.
Rec: sodium thiosulfate 25 g after HD; d/c calcium carbonate; analgesia; no bx of new
lesions unless atypical. Derm f/u 2 wk.
"""),
("2020-03-03", "Wound Care Clinic Note", """
Wound care - Linwood Regional   03/03/2020
Dx: bx-proven calciphylaxis, medial thighs bilat.
R medial thigh: 7.0 x 5.5 cm, 100% eschar, dry, no drainage.
L medial thigh: 8.5 x 6.0 cm, 90% eschar, 10% pink granulation at superior edge, scant
serous; bx sites healed.
Periwound: livedo, no cellulitis. Dressing changes hurt 8/10 even with premeds.
Tx: cadexomer iodine to eschar edges, ABD pad, loose tubular stretch garment to hold the
dressings (no tape on the skin).
Wt 126.4 kg. Last BMI 46.3.
RTC 1 wk. STS with HD continues; nephrology adjusting binders.
"""),
]}

N11 = {"patient_id": "N11", "age": 76, "sex": "F", "notes": [
("2022-12-08", "Infectious Diseases Consult", """
ID consult  12/08/2022  Requested by breast surgery
Q: L breast abscess vs necrotizing infection? abx choice

76F on PD (CCPD) for ESRD from hypertensive nephrosclerosis; AF - warfarin; obese
(BMI 35.3). Not diabetic (A1c 5.6).
Painful L breast lump since about Thanksgiving; it has darkened, black in the middle.
Afebrile. Denies blows to the chest, heating pads, ice, or any injection near the breast;
never had breast procedures. A mammogram was ordered for this spring but never done.
Exam (L breast, UOQ): firm violaceous plaque, 5x4cm, 1.5cm eschar centrally,
reticulate purpura at its edges. Not fluctuant. Nipple normal, axilla without nodes.
US breast: edema, no abscess.
Impression: doubt abscess; concern for calciphylaxis of the breast vs warfarin necrosis.
Plan: hold I&D; derm bx; cephalexin can stop.
"""),
("2022-12-12", "Dermatology Consult", """
Dermatology consult   12/12/22
Punch bx L breast plaque margin (12/9, this writer): subcutaneous small-vessel
calcification, thrombi, necrosis; VK +; no organisms; no LCV.
Dx: calciphylaxis, L breast (uremic; PD, warfarin).
No trauma to the breast per pt or daughter.
Exam today: plaque unchanged at 5x4cm, eschar dry, bx site clean.
Recs:
- STS; nephrology to optimize PD clearance
- warfarin -> DOAC to be discussed w/ cardiology
- no surgical debridement for now
- gentle dressing, soft bra without underwire
F/u in derm clinic 2 wk, sooner if new lesions.
"""),
("2022-12-20", "ID Telephone Follow-up", """
ID phone f/u (fellow)  20-Dec-2022
Spoke with pt and daughter. Cephalexin stopped 12/8. Wound on the L breast unchanged per
the home health RN, no spreading redness, afebrile. PD effluent clear; abdomen not
painful; weight steady on the home scale.
Bx result gone over with them: calciphylaxis, not infection. Cardiology changed her
warfarin to apixaban on 12/16.
Counseled: chest to be kept away from heat/ice, and the screening mammogram should wait
until this heals. Call for fever, pus, or fast spread.
ID signing off.
"""),
]}

N12 = {"patient_id": "N12", "age": 64, "sex": "M", "notes": [
("2021-07-13", "Infectious Diseases Consult", """
INFECTIOUS DISEASES CONSULT - 7/13/21
Q: R leg ulcer, ?osteomyelitis of tibia

64M. ESRD, dialysis TTS. T2DM on NPH/regular insulin, abdominal injections. HFpEF.
AF (apixaban - warfarin never used). BMI 27.9, overweight.
PMH notable for calciphylaxis in 2017 at his abdominal insulin sites, biopsy-proven,
healed after 6 mo of STS; no lesions since until now.
HPI: 3 weeks of a painful R posterior calf wound. Denies trauma to the leg; no bumps, no
heat/ice, never wore compression stockings.
Exam: ulcer 4x3.5cm, R posterior calf; black base; stellate violaceous border.
Abdominal wall: atrophic old scars, nothing active.
MRI R tib/fib: no osteomyelitis.
A/P: not osteo. Recurrent calciphylaxis favored; derm bx.
"""),
("2021-07-20", "Dermatology Note", """
DERMATOLOGY  07/20/2021
Incisional bx R posterior calf 7/15: calcification of subcutaneous arterioles, thrombi,
panniculitis both septal and lobular; VK positive.
Dx: R calf calciphylaxis - recurrence (prior episode 2017, abdomen, resolved).
No local trauma found at the calf. Insulin injections are abdominal, and the abdominal
skin is clear at present.
Exam today: ulcer 4.5x3.5cm, dry eschar, livedo 3 cm around it; L leg clear; pedal
pulses faint.
Plan: STS w/ HD; cinacalcet dose up; wound clinic; keep off warfarin (already on apixaban).
"""),
("2021-08-10", "ID Clinic Follow-up", """
ID clinic follow-up   Aug 10 2021
Seen for the R calf ulcer. Bone not involved on MRI, deep tissue cx from the 7/15 bx no
growth, ESR 34. No antibiotics were ever started.
Ulcer a bit smaller per wound clinic measurements (4.2x3.1cm). Pain OK on gabapentin
after HD + oxycodone prn.
Impression: calciphylaxis recurrence, R posterior calf; no infection.
Insulin unchanged (NPH/regular). Weight 84 kg.
Wound care: calcium alginate under bordered foam, changed 3x/wk at HD.
Plan: no further ID follow-up needed; return if purulence, fever or exposed bone.
"""),
]}

N13 = {"patient_id": "N13", "age": 69, "sex": "F", "notes": [
("2023-03-15", "Infectious Diseases Consult", """
ID consult - PD peritonitis   03/15/2023
69F ESRD (ADPKD) on CCPD since 2020, HTN, hypothyroid. No diabetes. No anticoagulants.
BMI 25.3.
Cloudy effluent 3/13; cell count 1,840 WBC (88% PMN). Cx: Staph epidermidis, oxacillin R.
Exit site clean, tunnel nontender.
She is the caregiver for her husband, who is insulin-dependent - she gives his injections
into his thighs twice a day. Hand hygiene and exchange technique reviewed with PD RN.
Recs:
- IP vancomycin 2 g q5 days (level-guided), total 3 wk
- repeat cell count day 5
- skin exam: no rash, no lesions; no leg ulcers
"""),
("2023-03-29", "PD Clinic Note (Nephrology)", """
PD clinic   29 March 2023
Peritonitis resolved clinically, effluent clear, day 5 count 60. On IP vanc, last dose 4/3.
New: sore, hard spot on L outer thigh, first noticed ~10 days ago; she assumed she'd
strained a muscle. Exam: indurated violet plaque 4x3cm, L lateral thigh,
livedo at margin, small central dark crust. No injections, falls or knocks to that thigh; she doesn't use heat.
Ca 10.3 / PO4 6.5 / PTH 920 / alb 3.0.
Assessment: ?calciphylaxis. Urgent derm bx referral sent; calcitriol held; binder
switched off calcium (lanthanum).
wt 64.8 kg
"""),
("2023-04-11", "Dermatology Clinic Note", """
Dermatology clinic   11 Apr 2023
Referral: L lateral thigh plaque, PD patient.
Bx 4/4 (two 6 mm punches): calcified small subcutaneous vessels, thrombosed, fat necrotic;
VK stain positive. => L lateral thigh calciphylaxis.
That thigh had no trauma. (Pt clarified that the insulin shots she gives are her husband's;
she takes none herself.)
Exam today: plaque has grown to 5x4cm, eschar 2cm. R thigh clear.
Plan: thiosulfate IV on Mon/Wed/Fri at infusion, cinacalcet per renal, silicone foam
dressing, gabapentin low dose, f/u 2 wk.
"""),
]}

N14 = {"patient_id": "N14", "age": 58, "sex": "M", "notes": [
("2022-05-05", "Infectious Diseases Consult", """
ID CONSULT  5-May-2022
58M; ESRD on MWF dialysis; T2DM (glargine), PAD w/ L SFA stent, obese
(BMI 32.6). No warfarin.
L 2nd toe: ulcer over the dorsal PIP x 6 wk, now a swollen "sausage toe", probes to bone.
XR: erosion of the middle phalanx. ESR 88, CRP 7.3. BCx neg.
Podiatry plans a L 2nd toe amputation at the MTP joint.
Recs:
- hold abx until a bone specimen is obtained, unless systemic toxicity
- send proximal margin for path and cx
- cefazolin 2 g after HD TIW pending cx; no PICC (vein preservation)
"""),
("2022-06-14", "OPAT at Dialysis - ID Fellow Note", """
ID fellow OPAT visit at Kestrel Lake Dialysis   06/14/22
s/p L 2nd toe amp 5/10/22; bone cx MSSA, margin + for osteitis -> cefazolin post-HD x 6 wk
(end 6/21). Amp site healed, sutures out 5/31, no drainage.
New: 1 wk of a painful spot, L calf, posterior. Exam: L posterior mid-calf, violaceous
indurated plaque 3x2.5cm with livedo, dusky center, no open wound, no fluctuance. Well
proximal to the foot; nothing touched or injured that area per pt.
Labs: WBC 6.4, ESR 31, Ca 9.9 (corr), PO4 7.1.
A/P: osteo responding. New calf lesion - not infection; calciphylaxis concern. Derm referral.
"""),
("2022-06-24", "Dermatology Consult", """
DERMATOLOGY CONSULT  June 24, 2022
L posterior calf plaque, onset early June. Bx 6/17: calcified subcutaneous arterioles,
intimal fibroplasia, thrombi, adipocyte necrosis; VK +.
Diagnosis: calciphylaxis, L calf.
Exam: plaque now 3.5x2.5cm with an early central eschar; toe amputation stump well healed.
The recent toe amputation is on the foot; the calf itself had no injections, heat, pressure
or injury before the plaque appeared. Insulin goes into the abdomen.
Rec: STS with HD, foam dressing, leg elevation, cinacalcet; nephrology may switch to a
low-Ca bath. BMI 32.6.
"""),
]}

PATIENTS = [N08, N09, N10, N11, N12, N13, N14]
