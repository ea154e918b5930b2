"""probe155 corpus notes, E01-E07 (oral and maxillofacial surgery, dental clearance and the
clinics around them; every person, place and sentence invented)."""

E01 = {"patient_id": "E01", "age": 63, "sex": "F", "notes": [
("2019-03-05", "OMFS Urgent Visit", """
ORAL & MAXILLOFACIAL SURGERY - SAME-DAY ADD-ON
Harrowgate Dental Pavilion, OMFS suite B

CC: "bottom left back tooth is killing me and my face is puffy"
HPI: 63 yo F, dialysis-dependent, 4 days of throbbing pain LL quadrant, swelling of
the L buccal vestibule since Sunday. No fever at home.
PMH: ESRD (diabetic nephropathy) - dialyzes Tue-Thu-Sat, L upper-arm AVG (2016); DM2,
basal-bolus: Lantus 18u nightly + Humalog scale (she injects her belly);
HTN; secondary HPT. No blood thinners.
Allergies: NKDA.   ASA III.
VS: BP 162/88  HR 84  T 37.6  SpO2 98% RA  Wt 88.9 kg  BMI 33.1
Exam: fluctuant swelling L buccal vestibule next to #19, MIO 42 mm, FOM soft,
no extraoral spread. #19 gross caries, nonrestorable. PA film: periapical RL #19.
Dx: acute apical abscess #19, vestibular space.
Proc: L IANB + long buccal, 2% lido w/ 1:100k epi x2 carpules. #19 removed w/
forceps, uncomplicated; vestibular I&D w/ #15 blade, pus expressed, irrigated,
3-0 chromic. Gauze bite.
Abx: nephrology asks that we spare her arm veins -> ceftriaxone 1 g IM given by
RN Okafor in the R upper outer quadrant of the buttock @ 14:10, tol well. Then
amoxicillin 500 mg PO daily (after HD on HD days) x7d.
POIs given verbally and in writing. RTC 1 wk / prn.
"""),
("2019-03-26", "Hemodialysis Rounding Note", """
HD ROUNDS - Fenwick Street Dialysis, chair 14
Run: 3.5 h, EDW 86.5 kg, pre wt 87.8, UF goal 1.5 L, 2K/2.5Ca bath, L upper arm AVG
cannulated w/o issue.

S: Severe pain in her right buttock, can hardly sit through the run - "like sitting on
a hot coal". She dates it to St. Patrick's Day; missed the parade over it. No fevers
or chills. #19 socket healed per pt.
O: Pre BP 171/92. R upper outer buttock - a violet, woody plaque, 4cm x 3.5cm;
centre dusky and star-shaped, netlike purple rim; winces at light touch; not fluctuant,
nothing draining.
Labs (drawn 3/19): corr Ca 9.8 | PO4 7.6 | iPTH 911 | albumin 3.3 | spKt/V 1.31 (Feb)
Meds - PhosLo two caps TID with food; Sensipar 30 daily; glargine, lispro, amlodipine 10.
A/P: agonizing retiform plaque of the R buttock; phosphorus and PTH both running high.
Worried about calciphylaxis vs deep abscess. She asks whether this is "from the shot
at the oral surgeon" - will ask derm.
- PhosLo off; sevelamer carbonate 800 mg with meals
- derm to see her this week and biopsy
- APAP 1 g TID; Dilaudid 1 mg by mouth every 6 h if needed
"""),
("2019-04-09", "Dermatology Return Visit", """
DERMATOLOGY - RETURN VISIT
Reason: bx result, R buttock plaque

Path (incisional, 3/29/2019, R buttock): subQ arterioles w/ medial calcifcation +
intimal hyperplasia; fibrin thrombi; fat lobule necrosis; VK stain +.
Final: calciphylaxis.

Hx reviewed with pt and OMFS record: lesion began 3/17/2019, precisely at the spot on the
R upper outer buttock where ceftriaxone was injected IM at the oral surgery clinic on
3/5/2019. This is the trauma-localized (Koebner-type) pattern described with IM and SC
injections in CUA.
Exam: plaque has grown to 5 by 4 cm; central eschar 1.5cm, black, stuck fast, inside a
retiform purpuric rim.
No other lesions; abdomen, where she gives her insulin, is clear. 87.1 kg today (BMI 32.6).

Impression: biopsy-proven calciphylaxis, R buttock, at an IM injection site.
Plan:
1. STS 25 gm IV during hr 4 of each HD (nephrology orders).
2. No further IM/SC injections into the buttocks or thighs.
3. Keep eschar dry, silicone foam dressing, offloading cushion.
4. Back in 3 weeks; call earlier for pus or fever.
"""),
]}

E02 = {"patient_id": "E02", "age": 58, "sex": "F", "notes": [
("2020-07-21", "Pre-procedure Medical Clearance", """
PRE-PROCEDURE MEDICAL EVALUATION
Pinecrest Family Medicine - requested by Dr. Vasquez-Lind (OMFS)

Planned: extraction #3, #30, #31 under local anesthesia, office setting.
HPI: 58 yo F; mechanical mitral prosthesis (bileaflet, 2011, for rheumatic MS),
on warfarin (Coumadin) with an INR window of 2.5-3.5, managed by our anticoag clinic.
Recent INRs 2.7-3.1. No bleeding hx
beyond easy bruising. Walks 2 miles most days w/o chest pain or dyspnea (>4 METs).
PMH: mechanical MVR, paroxysmal AF, hypothyroidism, obesity. No diabetes. No CKD.
Meds: warfarin 6 mg daily (7.5 mg Mon/Fri), metoprolol succinate 50, levothyroxine 88 mcg.
VS: BP 128/76, HR 72 irregular, SpO2 99%. Height 167 cm / weight 83.7 kg;
BMI calc 30.0, class I obesity.
Chem: creatinine 0.78 (eGFR above 90), Hgb 13.1, plt 244, INR 2.9, TSH 2.2.
ECG: AF rate 70s, no acute change.

Assessment: acceptable risk for minor oral surgery; RCRI 0.
Anticoagulation: mechanical mitral prosthesis = high thrombotic risk, so warfarin
interruption needs a bridge; the anticoag clinic will arrange the LMWH bridge and the
timing of the last warfarin dose. Local hemostatic measures advised.
Endocarditis prophylaxis: amoxicillin 2 g PO 30-60 min pre-procedure (prosthetic valve).
"""),
("2020-08-19", "OMFS Procedure Note", """
OMFS PROCEDURE NOTE
Pt: 58 F, mechanical MVR. Pre-op INR today 1.3. Last warfarin 5 days ago per pt.
She has been doing her own enoxaparin (Lovenox) shots in the lower belly, switching
L and R sides as the anticoag RN taught her; held this morning's dose. Amoxicillin
2 g taken 07:00. BP 136/82, HR 78.

Anesthesia: R PSA + greater palatine block, R IANB/long buccal, 4% articaine w/
1:100k epi x4 carpules total.
Procedure: #3 sectioned at the trifurcation with a 557 bur, roots elevated and delivered.
#30 and #31 extracted w/ forceps after periotome luxation. Sockets curetted, irrigated.
Oxidized cellulose in each socket, 3-0 chromic figure-of-eights, gauze soaked in 5%
tranexamic acid, bite pressure 30 min. Hemostasis satisfactory at 40 min check.
EBL ~20 mL.

Plan: resume enoxaparin this evening and restart warfarin tonight at usual dose; continue
the shots until the anticoag clinic confirms INR >= 2.5. TXA mouthrinse QID x 2 days,
soft diet, APAP for pain - no NSAIDs. Call for oozing that soaks more than 2 gauzes an hour.
"""),
("2020-10-06", "Primary Care Acute Visit", """
ACUTE VISIT - Pinecrest Family Medicine
CC: "painful purple spots on my stomach"

58 F, mechanical MVR on warfarin. Since September she has had tender purple patches low
on the belly, either side of her navel, two now with black centres. She thinks they came up
where she had been giving herself the Lovenox shots in August, though the shots ended
once her INR was back in range. Pain 7/10, keeps her up some nights. No fever. Extraction
sites healed.

VS: BP 134/80, HR 76, T 36.8. Wt 83.2 kg, BMI 29.8.
Skin: L lower abd - retiform violaceous plaque, 3x2 cm, centre necrotic (8 mm).
R lower abd - 4x3 cm plaque, firm, capped by eschar. Faint livedo between. Very tender.
INR 3.2; creat 0.81; Ca/P 9.4/3.6.

A: retiform purpura with necrosis, lower abdomen bilaterally. DDx: warfarin skin
necrosis (though far past the usual first-week window), non-uremic calciphylaxis,
cholesterol emboli, vasculitis.
P: PTH, 25-OH vit D, protein C and S activity, cryoglobulins. Derm paged; they will see
her this wk for a deep wedge bx. Warfarin NOT to be stopped (mechanical valve) - spoke w/ her
cardiologist, who agrees. Oxycodone 5 mg q6h prn #20.
"""),
("2020-10-20", "Dermatology Consult", """
DERMATOLOGY CONSULT
Referred by PCP for necrotic abdominal plaques.

Deep incisional bx 10/9/20 (R lower abdomen): mural calcium in little and mid-sized
vessels of the fat, luminal thrombi, septal panniculitis, no vasculitis.
Final dx: calciphylaxis (non-uremic).
Labs: PTH 48, Ca 9.3, phos 3.5, Cr 0.80, protein C and S normal, cryos negative.

Assessment: calciphylaxis without renal failure (non-uremic), lower abdomen on both
sides, onset Sept 2020,
in the periumbilical skin where enoxaparin was injected for her warfarin bridge in August
2020; the paired L and R plaques mirror her alternating injection sites. Contributing:
long-term warfarin, female sex, obesity hx. Renal function is normal.
Exam today: both plaques stable in size, eschars dry, no cellulitis. Photos taken.

Plan:
- STS 25 grams intravenously MWF, infusion suite
- warfarin stays (mechanical valve); cardiology aware; no DOAC option
- abdominal wall off-limits for any future SC shots
- daily gentle cleansing, petrolatum, bordered foam; pain regimen per PCP
- follow-up 2 wks w/ photos
"""),
]}

E03 = {"patient_id": "E03", "age": 67, "sex": "M", "notes": [
("2022-05-10", "OMFS Operative Note", """
OMFS OPERATIVE NOTE   05/10/2022
Pt: 67 M, ESRD; dialysis days Mon/Wed/Fri (access: R forearm AVF); HTN; gout. ASA III.
Dialyzed yesterday; potassium this morning 4.6. No anticoagulant. No DM.
VS: 148/86, HR 70, SpO2 97% RA. Wt 71.0 kg, BMI 24.7.

Pre-op dx: partially bony impacted #32 with recurrent pericoronitis; #31 fractured,
nonrestorable.
Anesthesia: local only - R IANB + LB, 4% articaine w/ 1:100k epi x3 carpules.
Procedure: full-thickness envelope flap from #30 distal, buccal trough w/ 702 bur under
copious saline, #32 sectioned and delivered in 2 pieces, #31 elevated and extracted.
Sockets curetted and irrigated, gelfoam, flap closed w/ 3-0 chromic x3. EBL < 15 mL.
Tolerated well.

Post-op: NO ibuprofen (ESRD). APAP 650 mg q6h, oxycodone 5 mg q6h prn (#8).
Chlorhexidine 0.12% bid from POD1. Ice to the right cheek, twenty minutes on and twenty
off, first 24-48 h only. Soft diet. RTC 1 wk.
"""),
("2022-05-17", "OMFS Post-op Visit", """
OMFS POST-OP CHECK - POD 7

S: Pain better for 2 days, then worse since POD 3, throbbing up to the R ear, foul
taste. Admits that a freezer gel pack has been pressed against his right cheek most of each
day since the surgery on 5/10, and that he sleeps with frozen peas in a sandwich bag on
it, "because the
cold is the only thing that helps". Taking APAP, out of oxycodone.
O: T 36.7. R cheek skin cool, pink, blanches, no blisters, skin intact. Mild trismus
(MIO 34 mm). #32 socket empty, exposed bone, no clot, halitosis. #31 socket granulating.
A: alveolar osteitis #32. Overuse of cold therapy on the face.
P: socket irrigated w/ warm saline, iodoform/eugenol dressing placed. Told plainly to stop
the ice now - it is well past 48 h - and never to put it straight onto bare skin.
Rx APAP 1 g q8h. Repack in 3-4 days.
"""),
("2022-06-21", "Hemodialysis Rounding Note", """
HD ROUNDS   Kessler Ave Unit   chair 6
Tx: 4 h; Qb 400 / Qd 600; bath 2 K 2.5 Ca; pre-wt 71.6 vs EDW 70.0. R forearm AVF,
good thrill.

S: Pain R side of face 7/10, "a different pain from the tooth". First noticed a tender
hard spot on the right lower cheek 3 wks ago, now a dark scab. OMFS says the sockets
healed.
O: BP 158/84 pre. R lower cheek: black star-shaped eschar, 2.5x2 cm, firm violet rim,
faint livedo running toward the jawline. No drainage, no fluctuance.
Derm punch bx 6/14 (Dr. Abernathy-Quist): calcified dermal/subcutaneous arterioles with
thrombosis -> calciphylaxis.
6/15 labs - iPTH 640, PO4 6.8, Ca 9.9; Alb 3.6; Hb 10.4
Post wt 69.9 kg, BMI 24.5.

A/P: calciphylaxis, R lower cheek, biopsy-proven.
- STS 25g in the last 30 min of every run
- stop calcitriol; cinacalcet 30 -> 60 mg; lanthanum for phos
- petrolatum + nonadherent dressing daily, pt's wife taught
- hydromorphone 1 mg tab every 4 hours PRN pain; dietitian for protein intake
"""),
]}

E04 = {"patient_id": "E04", "age": 52, "sex": "M", "notes": [
("2023-11-14", "OMFS Clinic Note", """
OMFS CLINIC - NEW REFERRAL (from Greyhollow PD unit)
CC: "metal poking through my gum"

HPI: 52 M, assaulted this past summer on a trip to see relatives in another state; L
mandibular
body fx treated with transoral ORIF (2.0 plate) at an outside hospital. Records requested,
not yet here. Now 3 wks of a sore spot L posterior mandible with exposed plate, bad taste.
PMH: ESRD, cycler PD x3 yrs; DM2 - Tresiba 30 units daily + NovoLog with meals (abdominal
injections); HTN; sleep apnea, uses CPAP; obesity. Not anticoagulated.
VS: BP 144/90, HR 88, T 36.9, Wt 117 kg, BMI 36.4.
Exam: 6 mm of exposed plate L buccal gingiva at #19-#20 area, mild purulence, segments
stable, occlusion reproducible. No extraoral swelling.
Panorex: fx line healed, 4-hole plate, lucency around the most posterior screw.

Plan: hardware removal under local + oral sedation once PD team clears him.
Clindamycin 300 mg TID x10d, chlorhexidine rinse. Hold aspart the AM of the procedure,
degludec 2/3 dose the night before.
Aside: he says there's a quite painful sore, L outer thigh, which his PD nurse is
dressing - asked him to show it at his PD visit next month.
"""),
("2023-12-05", "Peritoneal Dialysis Clinic Note", """
PD CLINIC - monthly
Rx: cycler, five 2.2-L exchanges nightly; Extraneal 1.5 L for the long daytime dwell.
Weekly Kt/V 1.9; PET high-avg. Peritonitis-free. Exit site healthy. Net UF about
900 mL/d. Wt 116.2 kg.

Skin: L lateral thigh - ulcer 5x3 cm capped by stuck-down black eschar, violet margin,
very tender; he says it has been there since late September and keeps slowly growing.
It sits inside an old pink rectangular scar - he says that during his jaw operation this
summer "the grounding pad burned me there, they said it hadn't stuck down right".
Labs: Ca 9.1, phos 7.9, iPTH 1,020, alb 3.0, HbA1c 8.1.
A: ? calciphylaxis L thigh in a PD pt with DM, obesity and high phos/PTH. DDx poorly
healing burn scar, infection.
P: urgent derm for deep bx; Tums off -> Renvela 1600 w/ meals; start Sensipar.
Re OMFS: medically OK for plate removal under local; coordinate the date with his PD RN.
"""),
("2024-01-09", "Dermatology Consult", """
DERMATOLOGY CONSULT
52 M on PD. Path from the 12/14/23 deep wedge, L lateral thigh: subQ small vessels
ringed & stippled w/ calcium, lumens thrombosed, fat necrotic (VK+).
Read: calciphylaxis.

Impression: calciphylaxis, L lateral thigh, first appearing late Sept 2023 inside the
scar left by an electrosurgical dispersive-pad burn he got during his mandible ORIF last
summer (outside hospital; we do not have the exact date). Trauma-localized (Koebner-like)
onset.
Exam: ulcer 5.5 by 3.2 cm, roughly nine-tenths eschar, thin violaceous halo, no
cellulitis. Rest of the skin is clear, abdomen included (his insulin sites).
Weight 114.8 kg -> BMI 35.9.

Plan:
- thiosulfate IV three times a week, given by the PD unit
- leave the eschar dry and undisturbed; cadexomer iodine only at the rim; foam cover
- wound clinic referral; hold off on any sharp debridement
- gabapentin 100 qHS (renally adjusted) + APAP for pain
- repeat photographs in 4 wks
"""),
]}

E05 = {"patient_id": "E05", "age": 61, "sex": "F", "notes": [
("2017-08-22", "Pre-procedure Medical Clearance - Nephrology", """
Dear Dr. Kettleborough,

We saw Mrs. Pellingham (61) today at your request, for clearance ahead of full-mouth
extraction under IV sedation, which the Marlow transplant center needs before listing.
Diabetic kidney disease, now ESRD; she dialyzes in-center on Mon/Wed/Fri using a L
brachiocephalic AVF (2014). Type 2 DM - Lantus 22 units at
night and Humalog with meals.
HTN on carvedilol + amlodipine. No warfarin or other anticoagulant; aspirin 81 mg - OK to
continue. Functional capacity fair, climbs 1 flight.
Today: BP 146/80, HR 68, Ht 1.63 m, 79.4 kg -> BMI 29.9 (overwt).
K 4.9, Hgb 10.9.

Recommendations:
1. Schedule on a non-HD day (Tue/Thu), ideally the day after HD; check K that AM.
2. LEFT arm is the access arm: no BP cuff, IV or needle sticks on the left.
3. Glargine 16 u the night before; hold lispro while NPO.
4. Avoid NSAIDs and meperidine; APAP and low-dose oxycodone OK.
5. Amoxicillin dosing after extractions: 500 mg q24h.
She is an acceptable risk for the planned procedure.

Sincerely, Hollis Amberline, MD, Nephrology
"""),
("2017-09-12", "OMFS IV Sedation Record", """
OMFS IV SEDATION / OPERATIVE RECORD   9/12/2017
Pt 61 F, HD pt (Mon/Wed/Fri schedule), dialyzed yesterday 9/11; K checked this AM.
ASA III. NPO since midnight. FSBG 148, K 4.7.

Procedure: extraction of #2, #5-#11, #20-#22, #27-#29 (14 teeth) + alveoloplasty x4
quadrants, for transplant dental clearance.
IV: 22g R dorsal hand, first attempt. Monitors: ECG, SpO2, capnography, NIBP on R upper
arm cycling q5 min (L arm restricted - AVF).
Sedation: midazolam 4 mg total, fentanyl 75 mcg total, titrated. Local: 2% lido 1:100k
x8 carpules + 0.5% bupivacaine 1:200k x2.
Start 08:12, end 11:50. SBP 118-176, SpO2 >= 95% on 3 L NC.
Closure 3-0 chromic running, TXA gauze packs. EBL ~60 mL.
On removing the BP cuff: a 4 cm band of erythema with scattered petechiae around the R
mid upper arm; skin intact, no blister. RN notified.
Recovery: Aldrete 10 at 12:30, d/c to husband 12:35 with written POIs.
"""),
("2017-10-03", "Dermatology Consult", """
DERMATOLOGY CONSULT - clinic, urgent slot
61 F on HD, sent over by her nephrologist because of a painful R arm lesion.

HPI: On 9/20/17 she first felt a firm, sore band around the R upper arm, then purple
netlike discoloration and 2 small black spots. Pain 8/10, keeps her awake.
Exam: R mid upper arm, circumferential band-like indurated plaque 4-5 cm wide with
retiform purpura and two 1 cm eschars laterally. Distal arm and hand normal.
This corresponds exactly to where the automated BP cuff inflated every 5 min for ~3.5 h
during her 9/12/17 sedation for full-mouth extractions (OMFS record reviewed).
Punch bx 9/26/17 (lateral edge): dermal + subcutaneous small-vessel calcifcation, fat
necrosis, thrombi => calciphylaxis.

IMP: calciphylaxis, right upper arm, where the cuff compressed the arm again and again.
Plan: STS with HD (nephrology); no BP cuffs on the R arm - thigh cuff instead;
foam padding; nonadherent dressings to eschars; transplant center informed, listing on
hold until healed; pain per nephrology. RTC 2 wks.
"""),
]}

E06 = {"patient_id": "E06", "age": 59, "sex": "M", "notes": [
("2018-11-23", "Emergency Department Provider Note", """
ED PROVIDER NOTE - Tamsin Valley Medical Center
CC: R jaw / neck swelling

HPI: 59 M, dialysis (MWF, L forearm fistula), DM2 on linagliptin, HTN. 3 days of worsening
R lower jaw pain with swelling under the jaw; could not eat Thanksgiving dinner yesterday.
Now odynophagia and trismus. Last HD Wed.
VS: T 38.4  HR 112  BP 168/94  RR 20  SpO2 96% RA
Exam: firm, tender, warm swelling R submandibular region; trismus ~20 mm; FOM soft,
no elevation of tongue, voice normal, no stridor. #31 grossly carious.
Labs: WBC 17.8, lactate 1.6, K 5.3, BUN 64, Cr 8.9, glucose 211.
CT neck w/ contrast (nephrology OK'd, HD tomorrow): 3.1x2.4 cm rim-enhancing
collection R submandibular space, no parapharyngeal or retropharyngeal extension.

A/P: R submandibular space abscess, odontogenic (#31).
- ampicillin-sulbactam 3 g IV now via 20g R hand IV, renal dosing after
- OMFS paged, to OR today; NPO
- nephrology aware; HD tomorrow
"""),
("2018-11-23", "OMFS Operative Note", """
OMFS OPERATIVE NOTE
Pre/post-op dx: R submandibular space abscess from #31.
Anesthesia: GA, awake fiberoptic nasotracheal intubation (trismus).
Procedure:
1. Extraction #31 (elevator + forceps), intraoral incision and drainage.
2. Extraoral I&D: 2.5 cm incision in the R submandibular skin two fingerbreadths below
   the inferior border of the mandible, through platysma; blunt dissection w/ curved
   hemostat into the submandibular space, ~6 mL thick pus, sent for aerobic/anaerobic cx.
3. Irrigation w/ 500 mL NS. 1/4" Penrose drain placed through the neck incision into the
   space, secured w/ 3-0 silk. Dry dressing.
EBL 25 mL. No complications. Extubated in OR after cuff leak confirmed.
Dispo: admit to OMFS, ampicillin-sulbactam renally dosed, HD per nephrology tomorrow,
advance drain daily, head of bed 30 degrees, glucose checks AC/HS.
"""),
("2019-01-08", "Hemodialysis Rounding Note", """
HD ROUNDING - Riverbend Dialysis   MWF 2nd shift
EDW 80.0; post-run 80.2 kg (BMI now 27.4). L forearm AVF, 15g needles, no issues.

Interval: drain came out 11/27, neck incision closed nicely by early Dec. Completed
Augmentin. Now a painful firm purple area along the R neck scar, starting Christmas Eve
(he couldn't turn his head at the family dinner). Last week a black crust formed.
No fever, no drainage, swallowing normal.
Exam: R submandibular neck, along the healed 2.5 cm incision: a hard plum-coloured
plaque about 3 by 2 cm, black eschar 1.2 cm in its centre, livedoid margin toward the R
lateral neck. Non-fluctuant.
Jan 2 labs: calcium 10.1, phosphorus 6.9, PTH 588; albumin 3.4; WBC 7.2.
Meds: calcitriol 0.5 mcg TIW, calcium carbonate w/ meals, linagliptin 5 mg.

A: tender necrotic plaque sitting on the R neck I&D scar - ? calciphylaxis; also
consider a recurrent collection or sinus tract.
P: US neck; derm for bx; wound care referral; calcitriol and Tums both off, sevelamer
on; phos diet teaching.
"""),
("2019-01-22", "Wound Care Center Consult", """
WOUND CARE CENTER - initial consult
Referred by nephrology for R neck wound.
US neck 1/10/19: no fluid collection. Derm punch 1/15/19 - sections show
calcium-encrusted subQ arterioles w/ intimal thickening + thrombosis = calciphylaxis.

Assessment: calciphylaxis arising in the R submandibular incision scar from the I&D done
the day after Thanksgiving (11/23/18); lesion onset Christmas Eve 2018.
Wound R submandibular neck: L 3.2 / W 2.4 / D 0.2 cm; base four-fifths dry black
eschar, the rest yellow slough; edges violaceous and firm, no odor, scant serous
drainage. Pain 6/10.
VS: BP 150/88, HR 80, afebrile.

Plan:
- no sharp debridement now; eschar stable, no infection
- collagenase to slough only, calcium alginate, secure with silicone border foam
- thiosulfate at every dialysis (nephrology dosing), plan ~3 months
- nutrition: protein 1.2 g/kg
- hyperbaric oxygen discussed, pt declines for now
- RTC weekly
"""),
]}

E07 = {"patient_id": "E07", "age": 66, "sex": "F", "notes": [
("2021-06-08", "OMFS Sedation and Procedure Note", """
OMFS - IV SEDATION / PROCEDURE NOTE  6/8/21
Indication: pre-transplant dental clearance - failed RCT #14 with vertical root fracture,
#15 class III mobility from periodontal bone loss.
Hx: 66 F, polycystic kidney disease -> ESRD, on cycler PD since 2019. HTN. No DM. DVT L
leg 2014 treated with
warfarin x6 months, off since 2015. Hypothyroid. BMI 31.8 (obesity).
VS: BP 152/84, HR 74, SpO2 98%.

IV: 22g R volar forearm (mid-forearm), 1 attempt, by OMFS resident. L arm spared per
nephrology for possible future access.
Sedation: midazolam 3 mg, fentanyl 50 mcg, titrated; O2 2 L NC.
Local: L PSA + greater palatine, 4% articaine 1:100k x2 carpules.
Procedure: #14 and #15 extracted w/ forceps after luxation; buccal plate intact; sockets
curetted, collagen plugs, 4-0 chromic. EBL minimal.
IV d/c'd at 11:20, catheter tip intact, pressure held 2 min, site clean, bandage on.
Aldrete 10 @ 11:35, home with daughter. POIs reviewed.
"""),
("2021-07-06", "Peritoneal Dialysis Clinic Visit", """
PD CLINIC - Saltmarsh Home Dialysis Program
CCPD 4 x 2.0 L + last fill 1.0 L. Kt/V 2.0 (May). No peritonitis since start.
PD catheter exits L lower abdomen - site looks fine, tunnel nontender.

S: Painful lump on the R forearm since mid-June, "right where they put the IV in for my
teeth" on 6/8. Skin over it went purple then black last week. Dental sockets healed.
O: BP 148/82, Wt 84.9 kg. R volar mid-forearm: 2.5 cm hard nodule under the skin,
very sore to touch; over it a violaceous retiform patch, dusky necrotic centre 6 mm. No
palpable cord, no streaking, no fluctuance. Afebrile.
Chemistry: PTH 702; phosphate 6.4; Ca 9.3; albumin 3.1; CRP 14.
A: painful necrotic nodule at the prior IV site - concern for calciphylaxis vs septic
thrombophlebitis.
P: venous duplex R arm; derm for deep punch bx; swap calcium carbonate for sevelamer;
calcitriol on hold; pain APAP + tramadol 50 mg q12h prn (renal).
"""),
("2021-07-20", "Dermatology Consult", """
DERMATOLOGY CONSULT
66 F on PD, R forearm lesion.
Venous duplex 7/8/21: no superficial or deep venous thrombosis R arm.
Deep punch bx 7/13/21, R forearm: little subQ arterioles calcified, plugged by fibrin,
necrotic fat, sparse inflammation. Dx: calciphylaxis.

Impression: calciphylaxis confined to the former peripheral IV site on the R volar
forearm (IV placed 6/8/2021 for dental sedation); onset mid-June 2021.
Exam today: nodule 3cm x 2.5cm, eschar 1 cm, halo of livedo 2 cm. No other skin lesions.
Wt 84.6 kg, BMI 31.7.

Plan:
- STS intravenously thrice weekly at the infusion clinic (PD team arranging)
- no IVs, blood draws or BP cuffs on the R forearm while this heals
- hydrogel + nonadherent dressing, change every other day
- transplant coordinator informed
- follow-up 3 wks
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
