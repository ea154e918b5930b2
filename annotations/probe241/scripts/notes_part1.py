"""probe241 corpus notes, U01-U07 (radiation oncology and the clinics around it; all invented)."""

U01 = {"patient_id": "U01", "age": 63, "sex": "F", "notes": [
("2019-02-26", "Radiation Oncology Consultation", """
RADIATION ONCOLOGY - NEW PT CONSULT
Harwick Valley Cancer Ctr / ref: Dr. Ostrander (ENT)

HPI: 63F w/ cT2N2b p16+ squamous cell ca of the L tonsil, bx 1/31/2019. PET: avid L level II-III
nodes, no distant dz. Tumor board 2/20 -> definitive IMRT 70 Gy/35 fx w/ weekly cetuximab (cisplatin
not an option w/ her kidneys).
PMH: ESRD (diabetic kidney dz) - dialyzes Tues/Thurs/Sat, Riverbend unit, R forearm AVF.
T2DM ~20 yrs, Lantus 24 u qHS + Humalog sliding scale; all shots go in her belly for now. HTN. Takes
no anticoagulants.
Exam: ECOG 1. BMI 31.6 (obese; 84.0kg at 163cm). Firm 3 cm L upper neck node, L tonsil
exophytic. Skin of neck intact.
Plan: dental eval + extractions as needed, PEG before start (will likely need it by wk 3-4), CT sim
in a 5-pt thermoplastic mask, SLP baseline. Risks incl mucositis, dermatitis, xerostomia, dysphagia
reviewed; consent signed.
"""),
("2019-03-12", "CT Simulation Note", """
CT SIM - HEAD & NECK, IMRT

Supine, head on a type C headrest, 5-point Aquaplast mask molded & fits snugly, mouth bite block,
shoulder straps to pull the shoulders down. Isocentre marked on the mask; no skin tattoos placed.
Interval since consult: PEG placed by IR 03/04/19, exit site clean and dry. Because the tube now
sits in her upper abd, the diabetes educator moved her insulin off the belly - since 3/5/19 she
has been giving every Lantus and Humalog dose in the L outer thigh ("easiest one to reach sitting
in the dialysis chair").
Target volumes to be contoured by Dr. Vasquez-Lind, plan 70 Gy to GTV+margin, 56 Gy elective
nodes. Tentative first fx 3/18/19. Cetuximab loading dose given 3/11.
"""),
("2019-04-22", "Radiation Oncology On-Treatment Visit", """
OTV wk 5 -- fx 24/35, 48 Gy to date

S: Odynophagia 7/10, using magic mouthwash + oxycodone elixir, almost all calories thru the PEG now.
Also new: a "hot stabbing" patch over her L outer thigh; first spotted ~10 days ago, she thinks.
O: Wt 78.1kg (BMI 29.4). Neck: RTOG grade 2 dermatitis L>R, patchy moist desquamation in the
skin folds. Acneiform cetuximab rash face/upper chest gr 1. Confluent mucositis L soft palate.
L lateral thigh: 5x3.5cm star-shaped violaceous plaque, woody, black centre, lacy purple rim -- precisely
the zone she has rotated all her insulin through. Very TTP.
A/P: 1. Dermatitis - Aquaphor bid, Mepitel film to the folds. 2. Thigh lesion - calciphylaxis high
on the ddx given HD; urgent derm referral, nephrology (Dr Kaltenbach) aware. Asked her to stop
injecting the L thigh. Continue RT, no break.
"""),
("2019-04-30", "Dermatology Consult", """
DERMATOLOGY CONSULT
Reason: painful necrotic plaque L thigh, ?calciphylaxis. On H&N chemoradiation, ESRD on HD.

Hx: onset mid-April. She has put all her insulin into that L outer thigh since early March when
the PEG went in. No fall or bump there.
Exam: over 6x4cm of the L lateral thigh, retiform purpura, stuck-on black eschar in the middle.
Nothing similar on trunk or the other leg. Neck with expected radiation changes. Wt 77.5kg.
Path (punch bx 2019-04-24, L lateral thigh): subcutaneous arteriolar media studded with calcium,
luminal thrombi, necrotic septal fat; von Kossa stains the deposits jet black.
Impression: calciphylaxis, L lateral thigh - it has come up in the very area where she injects.
Plan: STS 25g IV during each dialysis session (nephrology ordering), low-Ca bath, hydrogel + foam to
the wound, insulin now to rotate on the R thigh/abdomen away from the PEG. RTC 2 wks.
"""),
]}

U02 = {"patient_id": "U02", "age": 58, "sex": "M", "notes": [
("2022-11-01", "CT Simulation Note", """
SIMULATION - PELVIS / long course chemoRT

58 y/o man, cT3N1 adenocarcinoma of the rectum, lower edge 7 cm from anal verge. Plan 50.4 Gy in
28 fx, 3D conformal, concurrent infusional 5-FU (Dr. Ibekwe, dose-adjusted for ESRD).
Setup: supine, Vac-Lok cradle under pelvis and thighs, knee cushion, ankles in foot holder, arms
folded on chest, comfortably full bladder. Isocentre on a radiopaque marker at midplane.
PMH: ESRD, IgA nephropathy; dialyzes M-W-F in center (tunneled R internal jugular cath). Paroxysmal AF,
takes warfarin (goal INR 2-3; 2.4 on 10/28). Not diabetic, A1c 5.3. OSA on CPAP.
Ht 178 cm, wt 104.9kg, BMI 33.1.
Start date 11/14/22. Pt given bowel-prep sheet and skin care handout.
"""),
("2022-12-05", "Radiation Oncology On-Treatment Visit", """
OTV - wk 4, fx 16 of 28 (28.8 Gy)

S: Loose stools 5-6x/day, crampy lower belly pain most evenings. Since Thanksgiving he has laid a
hot water bottle across his lower abdomen, just under the belly button, nearly every night; "it's
the one thing that gets me to sleep." Tolerating HD, no missed runs.
O: Natal cleft faint erythema, derm gr 1. Abd soft, mildly tender diffusely. Skin of the lower
abdomen intact, no discoloration today. Wt 104.1 kg.
A/P: Diarrhea gr 2 - loperamide up to 8/d, low-residue diet, check K+ at HD. Perianal care:
sitz baths, barrier cream. Counselled him to keep a folded towel between the bottle and his skin
and cut the time short, since he is on warfarin and dialysis. Continue as planned.
"""),
("2023-01-24", "Nephrology Clinic Note", """
NEPHROLOGY F/U - A. Szabo MD

Seen 1 wk after dermatology. Finished pelvic RT 12/21/22. Onset by his account New Year's Eve: a tender
purplish spot below the navel, black within ~2 wks. Derm punch bx 1/17/23 ->
calciphylaxis (calcium rimming little vessel walls, clot, dead fat).
Lesion: necrotic plaque 7x5cm, lower abdomen below the umbilicus, precisely where he parked the hot
water bottle night after night from late Nov through the holidays. Nothing elsewhere.
Labs: phosphorus 7.1 despite binders, calcium 9.6, iPTH 812, albumin 3.2.
Plan: IV sodium thiosulfate post-dialysis x3/wk; stop warfarin -> apixaban (cardiology agrees);
swap Ca acetate for sevelamer, titrate cinacalcet, 2.0 Ca bath; no more heat on the belly.
Wt 102.6kg, BMI 32.4.
"""),
]}

U03 = {"patient_id": "U03", "age": 54, "sex": "F", "notes": [
("2023-05-09", "Radiation Oncology Follow-up", """
RAD ONC FOLLOW UP - ~4.5 yrs post PMRT

54F L breast IDC pT2N2a, s/p L mastectomy + ALND Apr 2018, dd AC-T, then PMRT 50 Gy/25 to L chest
wall + SCV w/ 5 mm bolus every other day, completed Oct 2018. On letrozole.
Interval: no new complaints. L arm lymphedema stable; wears a 20-30 mmHg flat-knit compression
sleeve on the L arm all day, every day, since it was fitted on 14.06.2019.
Renal: ESRD from lupus nephritis, CCPD since 2021, ~9 h nightly. Not diabetic. Took warfarin
2015-2016 for a L leg DVT, none since.
Exam: L chest wall w/ mild telangiectasia and firm fibrosis, no nodules. R breast no masses. L
forearm circumference 2 cm > R. Skin of both arms intact. BMI 27.2.
Plan: R dx mammogram June, cont letrozole, RTC 1 yr.
"""),
("2023-09-19", "Nephrology PD Clinic Note", """
PD CLINIC
S: Since the end of August, a burning sore on her L forearm, 9/10, waking her up. She has kept
wearing the compression sleeve over it.
O: BP 142/86. L volar mid-forearm, ~4 cm below the antecubital crease: dusky, hard plaque 3x2cm,
thin black centre, livedo ringing it; it sits under the tightest part of the sleeve, where the
swollen forearm is widest. Catheter exit site healthy.
Labs: phosphorus 6.4 (high), calcium 9.9, intact PTH 640; clearance adequate, Kt/V 1.9.
A: Painful necrotic forearm lesion in a PD pt - worry about calciphylaxis.
P: Derm urgent referral for bx; hold calcitriol, start cinacalcet 30; lower-Ca dialysate; ask
lymphedema therapist about the sleeve.
"""),
("2023-10-03", "Dermatology Consult", """
DERM CONSULT
Incisional biopsy 9/26/23, L forearm: small dermal and subcutaneous vessels calcified, intimal
thickening, thrombi - diagnostic of calciphylaxis.
Exam: L mid-forearm ulcer 3.5x2.5cm, eschar stuck to the base, violaceous retiform edge; no lesions
anywhere else.
Impression: uremic calciphylaxis, L forearm. The ulcer sits directly beneath the compression sleeve
she has worn on that arm every day since 2019; most likely the garment's constant squeeze set this
off locally.
Plan: thiosulfate drips M/W/F at the chemo-infusion suite; sleeve off the L arm until healed, and
use loose multilayer wrapping only above the wound (lymphedema PT); wound care w/ Medihoney + foam.
BMI 26.8.
"""),
]}

U04 = {"patient_id": "U04", "age": 67, "sex": "M", "notes": [
("2020-09-24", "Radiation Oncology Consultation", """
RADIATION ONCOLOGY CONSULT

67 yo M, ex-smoker 45 pk-yrs, RUL adenocarcinoma cT2bN2M0 (EBUS 9/3/20 station 4R positive). MRI
brain negative. Plan concurrent chemoRT 60 Gy/30 fx w/ weekly carboplatin/paclitaxel, then
durvalumab consolidation. Port to be placed by IR prior to cycle 1.
PMH: ESRD (HTN + DM), dialyzes Mon, Wed and Fri through a R radiocephalic AVF. T2DM on weekly dulaglutide shots
into his abdomen; no insulin, ever. pAF - apixaban 2.5 bid (no prior warfarin).
Exam: KPS 80, BMI 24.0. Lungs w/ scattered wheeze. No skin lesions.
Imp/Plan: sim next wk with 4DCT, wingboard, arms up. Toxicities discussed (esophagitis,
pneumonitis, fatigue, dermatitis). Consent signed.
"""),
("2020-11-12", "Radiation Oncology On-Treatment Visit", """
OTV wk 5, fx 23/30 -- 46 Gy

S: Painful swallowing 5/10, taking sucralfate slurry + viscous lidocaine. Fatigued on HD days.
O: Wt 62.3 kg. Faint erythema anterior R chest and upper back in the beam path, grade 1.
L upper chest port (placed Oct 2, 2020 by IR): dressing changed weekly, a transparent film held
down with tape; skin around it mildly pink from the adhesive, no breakdown. Lungs unchanged.
A/P: Esophagitis gr 2 - cont sucralfate, soft diet, dietitian. Dermatitis gr 1 - moisturizer.
Reminded chemo RN to rotate the dressing position. 7 fx remaining.
"""),
("2021-01-05", "Dermatology Consult", """
DERMATOLOGY - NEW CONSULT
Ref by rad onc f/u clinic. 67M, ESRD on HD, finished chemoRT 12/2/20, port still in (last used
12/1).
HPI: Exquisitely tender plaque on the L upper chest that appeared the Friday before Christmas, at
and around his port site; "like a coal from the grill sitting on me."
Exam: L infraclavicular chest, purpuric retiform plaque 5x4cm, black eschar centrally, hugging the
lateral and inferior edge of the port scar. No other lesions. Wt 61 kg.
Punch bx 12/29/2020: calcified small vessels on von Kossa, thrombosis - calciphylaxis.
Imp: calciphylaxis of the L upper chest at the port and dressing site.
Plan: thiosulfate at dialysis, nonstick silicone dressing, keep all tape off that skin, IR re:
port removal.
"""),
]}

U05 = {"patient_id": "U05", "age": 71, "sex": "F", "notes": [
("2021-02-08", "CT Simulation Note", """
CT SIMULATION - pelvis IMRT

71 y.o. F, FIGO IB gr 3 endometrioid endometrial ca, s/p robotic TLH/BSO/SLN 12/2020. Adjuvant
pelvic EBRT 45 Gy in 25 fx then vaginal cuff HDR.
Set-up: supine, arms on chest, Vac-Lok cushion under the pelvis, knee sponge, feet banded together.
Three permanent tattoos placed, anterior pelvis and both lateral hips.
PMH: St. Jude mitral prosthesis (2009), lifelong warfarin, high-intensity INR target per cardiology; type 2 DM on
metformin + glipizide, no insulin; obesity, BMI 36.4; HTN; renal fxn normal: creat 0.8, GFR >60.
Start 2/15/21. Reviewed bowel/bladder routine.
"""),
("2021-03-02", "Radiation Therapist / Nursing Note", """
RTT / NURSING NOTE - fx 12 of 25

After today's fraction, while stepping down from the treatment couch, pt knocked her R shin on the
step stool's edge. Small 1x1.5cm abrasion R anterior mid-shin, oozing a little (INR
3.1 last week). Cleansed with NS, pressure held 5 min, petrolatum applied, left open to air. Walking
without difficulty, no other injury. Safety event report filed; Dr. Mbeki informed.
Vitals after: BP 138/78, HR 72. Reminded pt to wait until the couch is fully lowered and to use the
grab bar; therapists will place the step stool further from the couch edge. Will recheck at OTV.
"""),
("2021-03-23", "Radiation Oncology Brachytherapy Visit", """
HDR VAGINAL CUFF - fx 1 of 3, 7 Gy to 0.5 cm depth, cylinder 3.0 cm, well tolerated.

EBRT completed 3/19. Pt mentions her R shin: the scrape from the couch step had almost healed,
then about 2 weeks ago purple crept out around it and the skin opened; pain severe.
Exam: on the R anterior shin an ulcer 3.5x2.5cm w/ black floor and a purple lacy margin - same place she hit
on the couch step 3/2. No fever. BMI 36.4.
Imp: non-healing traumatic ulcer on warfarin ?cellulitis vs warfarin necrosis vs calciphylaxis.
Plan: wound clinic + derm this week, check INR, doxycycline empirically.
"""),
("2021-04-06", "Wound Clinic Note", """
WOUND CLINIC

Derm punch biopsy 26.03.2021 (R shin): calcific vasculopathy of subcutaneous arterioles with thrombi,
consistent with calciphylaxis. Non-uremic form - renal function normal; her risks are warfarin,
obesity, diabetes. The ulcer began around the spot she bumped on the couch step on 2 March.
Wound R anterior shin 4.0x3.1cm, depth 0.2, approx 70/30 eschar:slough, livedo at the periwound.
BMI 35.9.
Plan: cardiology to discuss anticoagulation (mechanical valve, so no simple stop of warfarin);
IV sodium thiosulfate 3x/wk; enzymatic debridement w/ collagenase, foam; pain mgmt. RTC 1 wk.
"""),
]}

U06 = {"patient_id": "U06", "age": 72, "sex": "M", "notes": [
("2017-05-03", "Radiation Oncology Consultation", """
RAD ONC CONSULT - prostate

72M, PSA 24.6, Gleason 4+4 in 6/12 cores, cT2c, bone scan neg = high risk. Recommend ADT 18-24
mo + IMRT 70 Gy in 28 fx to prostate/SV. Pt agrees.
PMH: ESRD (ADPKD), dialysis MWF at Kestrel Point, L forearm fistula; no DM; no anticoag.
Exam: Ht 175 cm, Wt 91.3 kg, BMI 29.8 (overweight). DRE firm nodular R>L.
Today: first Lupron Depot 22.5 mg IM in the L gluteal by clinic RN, tolerated well.
Plan: fiducial markers by urology, sim ~8 wks into ADT.
"""),
("2017-08-02", "Radiation Oncology On-Treatment Visit", """
OTV - fx 12/28, 30 Gy

S: Frequency q2h daytime, nocturia x3, no dysuria, mild urgency. BMs normal. Energy ok.
O: Skin unremarkable. IPSS 14.
Lupron #2, 22.5 mg IM, given today high in the R outer gluteal quadrant (we alternate sides), no
immediate reaction.
Hot flashes mild, tolerable. Daily CBCT: fiducials aligned, shifts under 3 mm. Pt asks whether the
hip skin will burn - told that with IMRT pelvic skin changes are usually minimal.
A/P: GU tox gr 1 - tamsulosin 0.4 qhs per nephrology ok. Continue treatment. Next Lupron due early
November. Weight stable.
"""),
("2017-09-12", "Nephrology Hemodialysis Rounding Note", """
HD ROUNDS - chair 14, Kestrel Point Dialysis

Severe R buttock pain, can hardly sit out his run. It began ~3 wks ago: a firm, tender knot right
where the last Lupron shot was given; now a black scab ~6 cm with purple mottling around it.
Derm (Dr. Oyelaran) saw him 9/8: punch bx => calciphylaxis, calcified subcutaneous arterioles with
fat necrosis.
Labs: calcium 10.2 corrected, phosphorus 6.8, intact PTH over a thousand (1140), albumin 3.4. EDW 90.5 kg.
Plan: STS 25g TIW given IV as his runs wind down; stop calcitriol; calcium
acetate -> sevelamer; start cinacalcet; surgery consult re: parathyroidectomy. Rad onc aware -
future Lupron into the abdomen per urology.
"""),
]}

U07 = {"patient_id": "U07", "age": 60, "sex": "M", "notes": [
("2024-06-11", "Radiation Oncology On-Treatment Visit", """
OTV - salvage RT prostate bed, fx 10/33 (18 Gy of 66)

S: Mild urgency, no hematuria. Main issue is hot flashes since Eligard 45 mg SC (abd) on 4/16/24.
To get through the night he has slept with two frozen gel packs pressed between his upper inner
thighs since Memorial Day.
PMH: ESRD, on PD w/ a cycler; T2DM, takes glargine 30 units each morning; HTN; no anticoag.
O: BMI 32.7. Pelvic skin fine. No edema.
A/P: Flashes - trial venlafaxine 37.5 (renal dose). Told him to wrap the packs in a pillowcase and
never put them right on the skin. Continue daily CBCT, bladder filling ok.
"""),
("2024-07-23", "Telephone Encounter", """
RN TELEPHONE NOTE

Wife called: pt has dark, very painful patches on both inner thighs, first noticed 07/16/2024, the
day of his last radiation treatment. Now black in the middle, he is walking bow-legged. No fever.
He is still using the frozen packs at night for flashes.
Per wife, overnight cycler running fine, sugars 150s-220s, pain 8/10 on acetaminophen only; no
drainage or odor.
Advised to stop the cold packs now, keep area clean/dry; derm visit pulled forward to 7/30.
Message sent to Dr. Haldane and PD nurse; ER precautions given (fever, spreading redness).
"""),
("2024-07-30", "Dermatology Consult", """
DERMATOLOGY CONSULT
60M on PD, completed salvage prostate bed RT 7/16.
Exam: medial upper thighs bilaterally - stellate necrotic plaques, R 4x3cm and L 6x4cm, retiform
purpura around both; firm black eschar on the L. Distribution matches exactly where he pressed
frozen gel packs every night from late May on.
Bx 7/30 (L medial thigh) read same day by Dr. Quist: vascular calcification, thrombosis, fat
necrosis - calciphylaxis.
Imp: calciphylaxis of both medial thighs.
Plan: thiosulfate IV TIW (infusion clinic), nephrology adjusting binders, wound care,
pain team. No more cold packs.
"""),
]}

PATIENTS = [U01, U02, U03, U04, U05, U06, U07]
