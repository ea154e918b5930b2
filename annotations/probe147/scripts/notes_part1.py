"""probe147 corpus notes, C01-C07 (telehealth, portal messages and the clinics around them; all invented)."""

C01 = {"patient_id": "C01", "age": 58, "sex": "F", "notes": [
("2019-03-12", "Video Visit - Nephrology (PD Clinic)", """
PD CLINIC - TELEHEALTH FOLLOW-UP (VIDEO)
Modality: live audio+video through the portal app. Pt at home in Harlow Springs, provider
on site at Fenwick Renal Associates. Pt gave verbal consent to a virtual visit. Daughter
holding the tablet.

Pt is 58, female; kidney failure (diabetic) managed with cycler PD for 14 mo; T2DM, HTN,
OSA on CPAP.
Drains running well, effluent clear, she checks the exit site herself daily - "looks fine".
Home vitals today: BP 152/88, HR 80, self-weighed 96.4kg. BMI 36.2 (ht from chart).
Labs 3/5/19: K 4.6, phos 6.4 H, Ca 9.3, iPTH 612, albumin 3.4, HbA1c 9.8 %.

A/P
1) T2DM poorly controlled on linagliptin only. Spoke w/ endo by phone -> begin insulin
   glargine 10 units qhs, uptitrate by 2u every third day, fasting target <150. RN
   Okafor to do pen teaching this week. Pt says she would prefer the fronts of her thighs over the belly "because of
   the tube".
2) Hyperphosphatemia: sevelamer now 1600mg with each meal; dietitian e-referral.
3) SHPT: add cinacalcet 30 mg daily, recheck PTH 4 wks.
F/u video in 1 month. Time 24 min.
"""),
("2019-08-26", "Patient Portal Message", """
Patient Message  08/26/2019 07:14 AM
Subject: sore spot on my leg (2 photos)

Hello nurse for Dr Venkataraman, I have a hard lump on my right thigh in front that is
very sore. I first noticed it about 3 wks ago and figured it was a bruise from my shots. Now
it is purple with a darker middle part and it burns bad at night, cant sleep. I have been
doing my Lantus in the front of both legs every night ever since I started it in March.
No fever. Pics attached (IMG_4471.jpg, IMG_4472.jpg). Should I still use that leg??

--- Reply, L. Okafor RN, 08/26/2019 10:02 AM ---
Photos looked at together with Dr. V. They show a firm purple area about 3 cm across on the
R front thigh, darker in the center, with a net-like purple edge around it. Please hold off
on injecting into either thigh for now. We have booked you with dermatology in person on
9/6 for a closer look and possibly a small skin sample. If you get a fever, drainage or
fast spreading redness, go to the ED. Keep doing your exchanges as usual.
"""),
("2019-09-06", "Dermatology Clinic Note", """
DERMATOLOGY - NEW PATIENT (in person)   Referring: Dr. R. Venkataraman, nephrology

CC: painful R thigh lump
HPI: 58F on home PD, T2DM on glargine since 03/2019, injected nightly into the anterior
thighs. R anterior thigh lesion first noticed ~8/5, enlarging. Since last week she also
has a tender spot on the L thigh. No falls. Has never put heat or ice on her legs.
Meds: glargine 18u at bedtime, linagliptin, sevelamer, cinacalcet, amlodipine,
calcitriol 0.25 mcg. NKDA.
Vitals: BP 148/84, P 78, T 36.8, wt 95.9 kg, BMI 35.8

Exam: R anterior thigh, middle third - stellate retiform purpura 4x3.5cm, central black
eschar,
woody induration, exquisitely tender. L anterior mid-thigh - 1.5cm violaceous, indurated
plaque, skin unbroken. Abdomen: PD exit site clean. Feet: no ulcers.

Procedure: 6 mm punch bx x1, edge of the R thigh lesion; hemostasis w/ pressure.

A/P: retiform purpura at injection sites in an ESRD pt - suspect calciphylaxis.
Path to follow.

ADDENDUM 9/10/2019 (dermpath): septal vessels of the subcutis are calcified; the intima is
thickened, lumina hold fibrin; fat lobules necrotic; von Kossa stain shows the Ca.
Diagnosis - calciphylaxis.
"""),
("2019-09-19", "Video Visit - Nephrology", """
NEPHROLOGY TELEHEALTH NOTE (video) - interval f/u

Pt seen by video from home, husband present. Consent on file.

Dx: calciphylaxis (proven on biopsy), anterior thighs R and L, exactly over the spots
where her nightly glargine went in (R lesion from early Aug, L from late Aug). Pain
7/10, using acetaminophen and
gabapentin 100 mg qhs. On camera: R thigh eschar unchanged in size, dressing intact;
L thigh plaque darker than in the 9/6 photos, not open.
Home BP 140/82. Weight 95.1 kg, BMI 35.6.
Labs 9/16 - Ca 9.1 mg/dL, serum phosphate 5.9, intact PTH 540 pg/mL, albumin 3.3.

Plan
- Harlow infusion suite will run sodium thiosulfate (25g IV) three afternoons weekly;
  pharmacy has approved it.
- Stop calcitriol; non-calcium binder only (sevelamer). Increase PD clearance: add a last
  fill, prescription sent to the home PD company.
- Insulin: from now on upper arms only, thighs off limits; RN to re-teach.
- Wound care: Ca alginate under foam, q2d changes, home health ordered.
- Warfarin: never used; keep it that way.
Video f/u 2 wks.
"""),
]}

C02 = {"patient_id": "C02", "age": 66, "sex": "M", "notes": [
("2024-03-25", "Telephone Encounter", """
TELEPHONE ENCOUNTER - nephrology nurse line
Caller: wife Marguerite (on HIPAA release), callback number confirmed.
Reason for call: new painful area on his backside

66 y/o M w/ ESRD - dialysis Monday, Wednesday and Friday mornings at Kessing Valley
Dialysis (chair 14),
AFib on warfarin, HTN, gout, obesity. Wife says he has had a "deep purple, rock hard, angry"
area on the L buttock since St. Patrick's Day. Rates pain 9/10, worst sitting in the
dialysis chair; he now sits tipped to the right. No fever or chills, nothing draining.
No falls. Last INR 2.8 (3/20, drawn at HD).

Plan/advice:
- Asked wife to upload photos to the portal tonight.
- Derm video visit scheduled 4/2.
- Messaged HD unit charge RN to pad the chair and offload the L side.
- ED if fever, spreading redness, confusion.
C. Albrecht, RN
"""),
("2024-04-02", "Video Visit - Dermatology", """
TELEDERMATOLOGY VIDEO VISIT
Pt at his kitchen table, wife beside him; clinician at Ridgeline Dermatology. Consent
obtained verbally.
Photos from portal (3/25, 3/31) reviewed.

HPI: 66M, HD-dependent, on warfarin for AFib x 6 yrs. Painful L buttock lesion since
3/17/24.
He drives himself ~50 min each way to dialysis and has kept the seat heater on its highest
setting every trip since last fall because "the cold gets in my back." Shows on camera where
the warm zone of the seat hits: L buttock and upper back of the L thigh.

Exam (video + photos, limited): L buttock, upper outer part - stellate violaceous plaque,
roughly 6x4cm, black eschar centrally, livedoid halo. R buttock normal on view.

Impression: retiform purpura + eschar, HD pt, on warfarin -> calciphylaxis is my worry;
also on the list: warfarin-induced skin necrosis, a deep pressure injury. Site matches
the part
of the seat that he heats.

Plan:
1. In-person incisional biopsy Fri 4/5.
2. Seat heater OFF; seat cushion with cutout.
3. Will contact cardiology re alternatives to warfarin.
BMI on chart 33.4 (3/2024). Time 28 min.
"""),
("2024-04-16", "Wound Clinic Note", """
OUTPATIENT WOUND CENTER - follow-up

Path (incisional bx L buttock, 4/5/24): subcuticular arterioles show medial calcium
and clot, septal panniculitis; signed out as calciphylaxis.

Dx: L buttock calciphylaxis, confirmed by the biopsy. In our view the seat heater he used
every drive from fall 2023 on (repeated heat to the same skin) is the likely trigger of the
localisation.

Interval: warfarin stopped 4/3; cardiology started apixaban (2.5mg BID). He gets sodium
thiosulfate 25g IV during the final hour of HD, since 4/8. Sits on a gel cushion.
Vitals: BP 138/76  HR 72  T 36.6  Wt 104.2 kg  BMI 33.1

Wound L buttock: 6.2 x 4.3 cm, 100% adherent black eschar, periwound violaceous, no
fluctuance, a little serous drainage, odorless. Pain 7/10.
Tx: eschar left intact (stable, dry); cadexomer iodine along the margins, bordered
foam on top, wife changes it q48h (taught today).
Plan: rtc 2 wks; palliative care referral for pain; dietitian re protein.
"""),
]}

C03 = {"patient_id": "C03", "age": 52, "sex": "F", "notes": [
("2020-05-28", "Video Visit - Primary Care", """
PRIMARY CARE - VIRTUAL VISIT (video, due to clinic COVID restrictions)
Patient at home, provider at Old Mill Family Medicine. Consent: yes.

52 yo F here for BP check and refills. ESRD (HD Tu-Th-Sa), T2DM - linagliptin,
HTN, obesity, depression. Self-reported wt 103 kg -> BMI 38.0.
Home BP log: 130s-150s/80s.

Also mentions a chafed, red line under her left breast where the underwire of a new
bra rubs. Her daughters gave it to her on Mother's Day and she has had it on daily ever
since
because it "holds everything up." On video: faint linear redness along the L inframammary
fold, skin intact, no drainage.

A/P
- HTN: no change - amlodipine 10mg daily and carvedilol 12.5mg BID.
- T2DM: A1c 7.4, continue linagliptin 5 mg.
- Chafing L inframammary fold: suggested a wire-free bra, zinc barrier cream; call if the
  skin breaks down.
- Depression: sertraline 50, PHQ-9 = 6.
Refills sent. F/u 3 months.
"""),
("2020-07-14", "Patient Portal Message", """
Patient portal message  07/14/2020 9:47 PM
Subject: black spot under breast

Hi, sorry to bother you. There is a black scabby spot under my left breast right in the
fold. Maybe 3 wks ago it showed up as a purple sore place that hurt way more than it looked
and today the center is black and crusty-hard and its spreading. Pain 8 out of 10. I put
a picture
on here. My nurse at the kidney center told me to write you.

--- Clinic reply 07/15/2020 08:21 AM (T. Nwosu, LPN) ---
Thank you for the photo. Dr. Haldane reviewed it and would like dermatology to see you in
person soon; they have an opening on 7/22. Keep the area clean and dry, cover it with the
gauze we gave you, and do not put creams on the black part. With fever, or redness
spreading fast, go to the ER.
"""),
("2020-07-22", "Dermatology Consult", """
DERMATOLOGY CONSULT (in person; masks, COVID screen neg)

52F - HD for ESRD, T2DM not on insulin, HTN. L breast lesion x ~1 month, very painful.
Labs from HD 7/16: Ca 9.6, phos 7.3, PTH 1,040, alb 3.2.
BP 156/90, wt 102.1 kg, BMI 37.6.

Exam: L inframammary fold: adherent black eschar 3.5x2.5cm, retiform purpura ringing
it, and induration reaching about 2 cm up onto the lower L breast. Exquisitely tender.
R breast and fold clear. No axillary nodes.

Procedure: 2 punch biopsies (4 mm) from the purpuric border, one for H&E and one for
von Kossa; sutured 4-0 nylon.

A/P: Painful eschar with retiform purpura in ESRD - calciphylaxis is the leading concern.
Begin STS during HD while path pending; wound care - Vaseline gauze and dry dressing.

Addendum 07/27/2020: on both cores, calcium crusts line small vessel walls inside
the fat, several thrombosed, fat lobules necrotic. Diagnosis: calciphylaxis. Pt informed
by phone;
nephrology updated; STS continues, 25g every HD.
"""),
]}

C04 = {"patient_id": "C04", "age": 49, "sex": "M", "notes": [
("2017-08-10", "Video Visit - Nephrology (CKD Clinic)", """
CKD CLINIC - TELEHEALTH (video from the Brannock County satellite site)

49M with CKD stage 5 from IgA nephropathy, eGFR 7, BUN 98, creat 8.9, K 5.6, HCO3 17.
Nausea, poor appetite, itch. Has chosen peritoneal dialysis after modality education.
Anticoagulated w/ warfarin since 2011 for an On-X mechanical mitral valve (Dr.
Halvorsen's anticoag clinic runs him at an INR of 2.5 through 3.5).
BP 164/96 at satellite. Wt 82 kg, ht 174 cm (BMI 27.1).

Plan:
- Laparoscopic PD catheter placement with Dr. Ferreira on 8/22; hold warfarin 5 days
  before, bridge with IV heparin infusion as inpatient per cardiology.
- Urgent-start PD after catheter placement if still uremic.
- Start sodium bicarb 1300 mg bid, patiromer 8.4 g daily.
- Renal diet, fluid 1.5 L/day.
"""),
("2017-08-22", "Operative Note", """
OPERATIVE NOTE
Date: 08/22/2017
Surgeon: A. Ferreira, MD     Anesthesia: general ETT
Preop/Postop dx: CKD stage 5, needs PD access
Procedure: laparoscopic PD catheter (Tenckhoff, coiled tip, 2 cuffs) insertion with
rectus sheath tunneling and omentopexy

Description: Supine, prepped and draped. 5 mm optical trocar L upper quadrant;
pneumoperitoneum
12 mmHg. 2 cm L paramedian incision, a little caudal to the navel, for catheter insertion
through the rectus sheath; deep cuff in the rectus muscle; coil positioned in the pelvis
under
direct vision. Subcutaneous tunnel laterally and caudally, exiting the skin in the L lower
quadrant, exit directed downward. Catheter flushed, good inflow/outflow. Omentopexy
to the L upper quadrant. Fascia closed 0-Vicryl at insertion site; skin 4-0 Monocryl
subcuticular and skin glue on both incisions; exit site left open with gauze.

EBL minimal (<10 mL); uncomplicated. To PACU stable. Resume warfarin tomorrow with heparin
bridge until INR therapeutic.
"""),
("2017-09-06", "Telephone Encounter - PD Nurse", """
PHONE NOTE - Home Dialysis Unit
Pt called 09/06/2017 1:15 pm.

Started urgent-start PD 8/29 (supine low volume exchanges 1 L x 4/day), no leaks, effluent
clear. Calling because the skin "around the lower left cut and over toward the tube" has
been extremely painful since Labor Day, now "purple like a grape and hard as a board."
No fever, no redness at the exit site, no pus, no abdominal pain, drains
fine. INR yesterday 3.1.

Asked him to send pictures through the portal - received 1:40 pm: ~5 cm dusky violaceous
area with lacy border surrounding the L paramedian incision, incision itself closed.

Reviewed w/ Dr. Pascoe -> derm urgent referral, in-person 9/8; surgery to see wound too.
Continue exchanges as prescribed. ED if fever/cloudy fluid.
M. Tran RN
"""),
("2017-09-14", "Dermatology Consult", """
DERMATOLOGY CONSULT - f/u w/ path

49M, new ESRD on PD (since 8/29), mechanical mitral valve on warfarin, SHPT.
Lesion began 9/4/17 at the PD catheter insertion incision (placed 8/22/17).

Exam: L lower abdomen - 7x5cm violaceous and indurated plaque, retiform edges, centered on
the L paramedian incision; black eschar (2cm) has formed along the scar;
extends toward but not into the exit site; exit site clean, dry.
Labs: INR 3.0 | Ca 10.2 | PO4 7.8 | iPTH 890.

Path (punch bx 9/8, plaque edge): arterioles within the fat calcified, plugged with
microthrombi; fat necrosis. Dermpath call: calciphylaxis.

Assessment: calciphylaxis localized to the surgical incision of the PD catheter placement,
a Koebner-type distribution.

Plan: STS IV thrice weekly (infusion center); stop calcium acetate, start sevelamer; discuss
switching to apixaban - cardiology says NO, mechanical valve needs warfarin; keep INR
near 2.5.
No vitamin K2. Gentle wound care, no debridement for now.
Weight 81.5kg -> BMI 26.9.
"""),
]}

C05 = {"patient_id": "C05", "age": 71, "sex": "F", "notes": [
("2019-01-01", "ED Provider Note", """
EMERGENCY DEPARTMENT - PROVIDER NOTE   Arrival 01/01/2019 00:52

CC: fall
HPI: 71 y/o F. ESRD, dialyzes Mondays, Wednesdays, Fridays. Paroxysmal AF - warfarin.
HTN, hypothyroid. Slipped on the
bath mat last night about 11:30 pm (New Year's Eve), R hip hit the side of the tub.
Did not hit her head, did not pass out. Bears weight, painful. Daughter brought her in.

Vitals: BP 164/80  HR 88 irreg  RR 16  SpO2 97% RA  T 36.5  wt 58 kg  BMI=24.3

Exam: swollen, ecchymotic area 10x8cm on the R lateral hip (trochanteric region),
tender; skin not broken. FROM hip, log roll painless, NV intact distally. No other injury.

Imaging: R hip/pelvis films negative for fx or dislocation.
Labs: INR 3.4 (high), Hgb 10.1 vs 10.4 at baseline, K 5.0.

MDM: mechanical fall, hip contusion, supratherapeutic INR without bleeding requiring
reversal. Warfarin: skip tonight's dose, recheck INR at HD 1/2.

Dispo: home with daughter; acetaminophen; walker at home. Return for worsening swelling,
inability to walk, dizziness.
"""),
("2019-02-04", "Patient Portal Message", """
Message from proxy (daughter, Renata) 02/04/2019 06:30 PM
Subject: Mom - painful dark patch on hip, pic attached

Dr. Sato, my mom has a hard, dark purple patch on the outside of her right hip that is
terribly painful. It showed up 10 days ago, just a tender reddish purple area at first,
and now a black spot, nickel sized, sits in the center. She cannot lie on that side and
cried during dialysis
today. No fever. She is still on her coumadin. I attached a photo.

-- Reply 02/05/2019 (J. Sato MD) --
Thank you Renata. The photo is concerning for a condition called calciphylaxis, which can
happen in dialysis patients. I have asked dermatology to see her next week for a biopsy
(Wed the 13th, 2:30 pm). Please keep it covered with the non-stick pads; tylenol for pain.
"""),
("2019-02-20", "Dermatology Video Visit", """
DERMATOLOGY TELEHEALTH F/U (video; pt at daughter's home, daughter on camera)

Reason: review biopsy, wound check.
Bx 2/13/19 (R lateral hip, two 4 mm punches): Ca++ deposits within the walls
of minute fat vessels, a few with thrombus; necrotic fat; positive von Kossa. Dx: calciphylaxis.

On video: R lateral hip - stellate eschar (black), ~6cm, a livedo net around it; no pus.
Pain 8/10 on acetaminophen.
PMH: ESRD on HD, AF, HTN, hypothyroid. Meds: warfarin (held since 2/14 per nephrology),
levothyroxine, metoprolol, sevelamer (Renvela), epo w/ HD.
Wt at HD 57.4 kg, BMI 24.0.

Plan:
- STS 25g given during every HD (since 2/15).
- Anticoagulation: per cardiology: warfarin discontinued; apixaban, reduced dose, started.
- Wound: hydrogel + silicone foam, turn off the R side in bed, pressure-relief mattress
  ordered through home health.
- Palliative care consult for pain (low-dose hydromorphone after HD).
Video f/u 2 wks.
"""),
]}

C06 = {"patient_id": "C06", "age": 63, "sex": "F", "notes": [
("2025-06-03", "Video Visit - Nephrology", """
NEPHROLOGY VIRTUAL VISIT (audio-video, Zephyr telehealth platform)
Patient location: home, Calder Bay. Provider location: clinic. Consent obtained.

63 yo F - ESRD, in-center dialysis on Mon/Wed/Fri; T2DM, injects insulin degludec
(abdomen); HTN, obesity,
osteoporosis on denosumab q6mo. BMI 29.8 (wt 76.5 kg at HD 6/2).

Today she turns the camera to a painful violet patch, posterior L upper arm,
present since Memorial Day. "That's exactly where the pharmacist gave my Prolia shot in
early April." Video view: ~5 cm mottled violaceous plaque, posterior L upper arm, with a
darker dusky center; no open area seen. Pain 7/10, burning.

Labs 5/28: phosphorus 7.1 (H) with calcium 9.8, PTH 890 (H), albumin 3.5, Hgb 10.6.

Plan
1. Upload clear photos w/ ruler to the portal today -> dermatology e-consult.
2. Stop calcium carbonate, increase sevelamer 2400 mg tid.
3. Discuss cinacalcet dose w/ HD unit.
4. Pain: acetaminophen scheduled.
"""),
("2025-06-10", "E-Consult - Dermatology", """
INTERPROFESSIONAL E-CONSULT (dermatology)  requested by Dr. K. Ibsen, nephrology

Clinical question: 63F on HD with painful violaceous plaque posterior L upper arm since
5/26, developed where denosumab was given in early April 2025. Calciphylaxis? Next steps?

Data reviewed: portal photos 6/3 and 6/8 (with ruler), labs 5/28, med list, nephrology note.

Response:
Photos show a retiform (5.5cm by 4.5cm), violaceous, indurated plaque with a central dusky
area beginning to necrose. In a dialysis pt with phos 7.1 and PTH 890 this favors
calciphylaxis; differential includes an injection-site panniculitis or hematoma.
Recommendations: 1) in-person 6-mm punch or incisional biopsy including subcutis, taken
from the border; 2) avoid further injections, BP cuffs and tape on the L arm; 3) urgent
derm slot 6/13 offered.
Time spent: 16 min (CPT 99451). No face-to-face contact.
"""),
("2025-06-24", "Dermatology Clinic Note", """
DERMATOLOGY - follow-up (in person)

Bx 6/13/25, posterior L upper arm: subcutaneous arterioles calcified and clotted,
lobular fat necrosis; the calcium is confirmed by von Kossa. = calciphylaxis.

Assessment: calciphylaxis at her denosumab injection site, L posterior upper arm (shot given
early April, lesion from 5/26).

Exam: L posterior upper arm 6 x 5 cm plaque with 2 cm central eschar; thighs, abdomen and
breasts checked - clear.
Vitals: BP 150/86, HR 76, weight 76.0kg, BMI 29.6.
Problem list: obesity; T2DM (insulin); ESRD/HD; osteoporosis; HTN.

Plan
- Keep going with IV sodium thiosulfate at HD (began 6/18).
- Hold next denosumab; endocrine e-consult about alternatives.
- No injections or BP cuff on L arm.
- Dressing: hydrocolloid to eschar, change q3d.
RTC 3 wks.
"""),
]}

C07 = {"patient_id": "C07", "age": 57, "sex": "M", "notes": [
("2021-11-09", "HD Unit Monthly Progress Note", """
HEMODIALYSIS UNIT - MONTHLY MULTIDISCIPLINARY NOTE  (Westfall Kidney Center, pod B)

57 yo M new to in-center HD since October 2021 after a hospital start; R IJ tunneled
catheter, L brachiocephalic AVF maturing. T2DM on insulin, HTN, CHF (EF 40%), obesity.
Rx: 4 h TTS, F180, BFR 400, DFR 600, 2K/2.5Ca, EDW 127.5 kg.

Pre-tx today: BP 172/90, HR 84, wt 128.6 kg. Body mass index 42.1 kg/m2.
Labs 11/2: Kt/V 1.31 | URR 69% | alb 3.6 | PO4 5.7 | Ca 8.7 | PTH 436 | Hgb 9.9.

RN: pt c/o the leading edge of the chair's leg rest digging into the backs of both calves
during every 4-hour run since he started in October. Red pressure marks seen across both
posterior calves after tx today, skin intact, blanching. Pillow placed under calves.
RD: phos binder adherence poor; re-educated.
SW: transport via county van.
MD: increase EDW review next week; start sevelamer 800 tid; ESA per protocol.
"""),
("2022-02-01", "Telephone Encounter", """
TELEPHONE CALL - nephrology office
From: patient, 2/1/2022 10:05

States he has had a "dark, hot, stabbing" spot behind the L calf, there since mid-January.
Getting bigger, now black in the middle, oozing a little clear fluid. Hurts to walk and
hurts the most lying in bed. No fever. Wife texted 2 photos to the portal this morning.

Photo review (RN): L posterior calf, ~4cm purple-black area, lacy purple
border. R calf looks normal on the photo.

Discussed w/ Dr. Obuya: concern for calciphylaxis vs infection; urgent wound clinic +
derm referral, biopsy; CBC/CRP with HD labs Thurs.
Told pt to keep it dry and covered, elevate, ED for fever/chills or red streaks.
P. Lindqvist RN
"""),
("2022-02-15", "Telehealth Wound Care Visit", """
WOUND CARE - TELEHEALTH VISIT (video from HD chair; HD RN holding tablet, pt consent)

Bx 2/7/22 L posterior calf (punch, 6 mm): calciphylaxis. Dermpath describes calcified
media in small fat vessels, thrombi, necrotic adipose tissue.

Wound L posterior mid-calf: 5.0cm L x 4.1cm W; roughly four-fifths eschar and the rest
slough, periwound
violaceous + retiform purpura, scant serous exudate, no odor. R posterior calf intact.
Pain 8/10.

Wt 126.0 kg (pre), BMI 41.3. Glucose 212 pre-tx.
Meds: glargine 40u nightly, lispro sliding scale, carvedilol, sevelamer, furosemide,
atorvastatin.
Not on warfarin.

Plan:
- Sodium thiosulfate 25g during each HD session (ordered by nephrology 2/9).
- Dressing: Santyl to slough only, nonadherent + ABD + kerlix, change daily by wife.
- Elevate leg at home; no compression.
- Cinacalcet started by nephrology.
- Video f/u 2 wks, in person if worse.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
