"""probe170 corpus notes, B01-B07 (otolaryngology, head-and-neck and respiratory therapy, with the
nephrology, dialysis, dermatology, wound and ED notes around them; all invented)."""

B01 = {"patient_id": "B01", "age": 61, "sex": "F", "notes": [
("2019-03-04", "ENT Allergy Clinic - Immunotherapy Build-up Visit", """
ALLERGY/IMMUNOTHERAPY VISIT -- Harrowgate ENT Associates, Suite 210
Provider: R. Okonkwo-Litt PA-C    Supervising MD: Dr. Vasquez-Imrie

CC: first SCIT dose, perennial + seasonal allergic rhinitis
HPI: 61 yo woman w/ yr-round nasal congestion, PND and sneezing despite 2 yrs of
fluticasone NS, azelastine and cetirizine. Prick/intradermal panel (placed on the upper back,
Jan 2019) pos for D. pteronyssinus 4+, short ragweed 3+, cat pelt 3+. CT sinus 12/2018 clear.
PMH: ESRD (dialysis unit Tues-Thurs-Sat; R upper arm AVF, so no cuff/needles R); type 2 DM,
insulin-requiring; HTN; obesity. No asthma. Not on a beta blocker.
Meds: glargine 22 units nightly (injects abdomin), lispro sliding scale, sevelamer carbonate
1600 with each meal, cinacalcet 30 daily, amlodipine 10, cetirizine 10, fluticasone 2 sprays ea nostril.
VS: BP 142/78  HR 76  SpO2 98% RA  Wt 86.0 kg  BMI 33.1   Peak flow 390 (pred 410)

PROCEDURE: vial #4 (1:1000 v/v) mite/ragweed/cat mix, 0.05 mL given subcut, L posterior
upper arm (pt prefers L, fistula on R). Lot + expiry checked, two-identifier check done.
Observed 30 min: 6 mm wheal, no systemic sx. Epinephrine autoinjector use reviewed.

PLAN: weekly build-up, same arm each visit per pt. Next dose 3/11/19.
Call if local swelling >25 mm, hives, wheeze or throat tightness.
"""),
("2019-05-29", "Nephrology Hemodialysis Rounding Note", """
HD ROUNDS -- Kestrel Point Dialysis, chair 14
61F, ESRD from diabetic kidney dz; TTS 4-hr runs, R brachiocephalic AVF; EDW 85.5 kg.

S: Feels ok on the run. New c/o a hard, very tender spot behind her L upper arm, "like a
knot under the skin," first felt it ~9 days ago. Pain 7/10, esp. when she lies on it at night.
She is getting weekly allergy shots at ENT in that arm since March, last one 5/24.
O: pre BP 156/82, post 131/70, UF 2.6 L, afebrile.
L posterior upper arm: indurated violaceous plaque ~4 cm w/ a net-like dusky border,
exquisitely TTP, no fluctuance, skin unbroken.
Labs 5/27 -- PO4 7.6 / cCa 9.8 / iPTH 1140 / alb 3.4 / Hb 10.4 / spKtV 1.31
Meds: unchanged -- incl. Ca acetate 2 caps (667 each) with meals (!), cinacalcet 30, sevelamer.
A/P:
1. Indurated, tender L posterior arm plaque + high Ca x P product. My concern: early
calciphylaxis. Other possibilities: a local allergen-shot reaction, panniculitis. Urgent derm referral for bx. Called
the ENT allergy nurse to hold immunotherapy for now.
2. Stop calcium acetate, sevelamer up to 2400 TID, cinacalcet to 60 mg.
3. Repeat mineral labs in 1 wk. Will see her Sat.
"""),
("2019-06-10", "Dermatology Consult", """
DERMATOLOGY CONSULT (outpt) -- Dr. F. Ambrose-Ketteridge
Referred by: Dr. Pell, nephrology

HPI: 61 y/o F on HD. Lesion L posterior upper arm -- onset 3 wks ago, first a firm tender
lump, now dark in the center. It sits exactly where she has been
recieving her allergy immunotherapy shots (started 03/04/2019, weekly, held since 5/29).
Exam (L posterior upper arm): star-shaped retiform purpura measuring 5.0x3.5 cm;
blackened 1.5-cm eschar at its core; rim of livedo. Trunk, thighs, legs: no lesions. R arm AVF w/ thrill.
Procedure: verbal + written consent; lidocaine 1% with epinephrine; single 6-mm punch (purpuric
border, down into fat), closed w/ 4-0 nylon.
Path addendum (6/14): subcutaneous arterioles show medial calcium (von Kossa +),
thickened intima and fibrin thrombi. Path read: calciphylaxis.

IMPRESSION: calciphylaxis -- posterior L upper arm, arising at her SCIT injection site.
PLAN:
- IV thiosulfate (Na) 25 g at every dialysis, nephrology aware
- immunotherapy discontinued; no injections into that arm
- non-adherent contact layer + gauze; no occlusive hydrocolloid
- pain: APAP, low-dose hydromorphone PO, renal dosing
- BMI 32.8. RTC 2 wks.
"""),
]}

B02 = {"patient_id": "B02", "age": 67, "sex": "M", "notes": [
("2022-12-06", "Head and Neck Surgical Oncology Survivorship Visit", """
HEAD & NECK SURGICAL ONCOLOGY -- survivorship f/u
67 M. Dx: p16+ SCC R palatine tonsil, cT2N1. s/p TORS R radical tonsillectomy + R selective neck
dissection II-IV (03/2021), adjuvant RT 60 Gy finished 6/2021. PET 2/2022 NED.

Interval: eating soft solids, mild xerostomia, no odynophagia/otalgia/hemoptysis. Main issue is
an aching R shoulder and trouble reaching overhead. Since Thanksgiving his wife's old plug-in
heating pad has gone on top of the R shoulder (acromion) most evenings -- "cranked to high, and I
usually nod off under it."
PMH: ESRD, cycler peritoneal dialysis at home (started 2019), paroxysmal AF on warfarin, HTN, BPH.
Exam: BMI 28.4 (84 kg). R neck incision well healed, mild woody fibrosis lower neck. R shoulder
droop w/ trapezius wasting, active abduction ~100 deg. Skin over the R shoulder intact.
Oral cavity/OP: no mucosal lesions, tonsillar fossa smooth.
FOL: BOT and valleculae clear, TVCs mobile bilat, no lesions.
A/P: NED at 21 mo. R spinal accessory nerve dysfunction -> PT for scapular stabilization.
Counseled: heating pad on the LOW setting, no more than 20 min at a time, never to sleep
with it, always a cloth layer between.
Return 3 mo w/ contrast CT of the neck -- cleared by his nephrologist.
"""),
("2023-01-09", "Nephrology PD Clinic Note", """
PD CLINIC -- Larchmont Home Dialysis Unit
67 yo M, ESRD (hypertensive nephrosclerosis), CCPD 4 x 2.2 L cycles overnight + icodextrin
day dwell. PD catheter: exit (R lower abd) looks healthy; tunnel nontender.
S: Seen early for severe pain at the top of his R shoulder. A hard purple area showed up on
Christmas Eve and keeps getting darker. Pain wakes him; he hasn't touched the heating pad since.
O: BP 148/88  HR 88 irregularly irregular  T 36.8  Wt 83.4 kg
R superior shoulder over the acromion / deltoid cap: 6x4 cm violaceous plaque, firm,
retiform edge, 1 cm of dusky central necrosis. He showed me where the heating pad usually
lies: the same place.
Labs: PO4 6.9; cCa 10.1; PTH (intact) 620; alb 3.0; INR 2.7 on warfarin 5 mg/d; Kt/V 1.8 weekly.
Assessment and plan:
# necrotic R shoulder plaque, in the field of nightly heating -- calciphylaxis high on the list
  (PD, warfarin, hyperphosphatemia). Derm for punch bx this week. No heat at all.
# Warfarin: d/w cardiology re: switch to apixaban.
# d/c CaCO3 binder -> sucroferric oxyhydroxide, 500 mg chewed with meals.
"""),
("2023-01-20", "Wound Care Center Initial Visit", """
OUTPATIENT WOUND CENTER -- initial eval
Referral: nephrology/derm. Bx (derm, 1/11/23) read as calciphylaxis: calcified media of subcutis
arterioles, thrombosed lumina, septal panniculitis.
Hx: R shoulder wound onset 12/24/22, under the heating pad, which he had been using each night since
Thanksgiving.
Warfarin off 1/13, now apixaban 2.5 BID. Thiosulfate IV three times weekly began at the
outpatient infusion suite since he has no HD access (home PD).

Wound #1 R shoulder (superior / deltoid): 6.3x4.4 cm; eschar black/adherent ~80%, yellow
slough ~20%; serous exudate scant; nonodorous. Periwound violaceous w/ livedo. Pain 8/10 w/ dressing
change.
Tx: no sharp debridement (dry, stable, ischemic eschar). Povidone-iodine paint, dry gauze, ABD
pad, held w/ tubular netting -- no adhesive on skin.
Nutrition: albumin 2.9 -> renal protein supplement BID.
BMI 28.1 (82.9 kg).
Plan: see weekly; palliative care for pain; derm f/u 2 wks.
"""),
]}

B03 = {"patient_id": "B03", "age": 72, "sex": "F", "notes": [
("2020-09-14", "Home Respiratory Therapy Visit", """
HOME RESPIRATORY THERAPY -- DME follow-up (Airwise Home Medical)
Pt: 72 F, COPD GOLD 3 / grp E, chronic hypoxemic resp failure.
Rx: O2 2 LPM via NC at rest + sleep, 3 LPM w/ exertion.
Equipment: stationary concentrator 5 L (hrs meter 6,412), 2 E-cyl backup, portable oxygen
concentrator (pulse dose) -- she switched to the POC in August and carries it in a padded belt
pack worn low on the R flank, right over the top of the hip bone. States "it's heavy but I can't hold it and
the cane both," so she cinches the belt tight so it won't bounce.
Cannula changed q2wk, tubing 25 ft, humidifer bottle clean.
SpO2 93% on 2 L at rest; 89% after walking to the mailbox on pulse setting 2 -> advised setting
3 w/ exertion. RR 20, HR 94, mild pursed-lip breathing.
Skin check: behind ears no breakdown, nares intact; R flank under belt w/ faint pink imprint,
blanches.
Education: tubing trip hazards, no smoking/open flame, wash filters weekly.
Chart PMH: ESRD (HD at the Brennock unit), type 2 DM on an oral agent, obesity, OSA (declined PAP).
Plan: RT revisit 3 mo; call pulm if resting SpO2 <88%.
"""),
("2020-11-05", "Hemodialysis Progress Note", """
HD PROGRESS NOTE -- Brennock Valley Dialysis
72 F, ESRD from DKD; M-W-F runs via L forearm fistula; EDW 101 kg.
Interval: admitted 10/2020 x 3 d for COPD exacerbation, pred taper done.
S: c/o an awful, dark, painful patch on her R side, "like someone is holding a cigarette on it,"
since early October. Not sleeping.
O: pre BP 162/74, post 138/70, UF 3.1 L. SpO2 92% on 2 L NC.
Skin: R flank, immediately superior to the iliac crest: stellate purpuric plaque 7x5 cm, dry
black eschar centrally, livedo at edges; light touch provokes severe pain.
Labs 11/2: PO4 8.1 (high), cCa 9.6, iPTH 890, alb 3.2, Hb 9.9, ferritin 780
Meds: linagliptin 5 mg, sevelamer 2400 TID, cinacalcet 60, tiotropium, budesonide-formoterol,
albuterol prn, epoetin w/ HD. No anticoagulant.
Wt 99.6 kg, BMI 37.9.
A/P: stellate necrotic plaque R flank, c/f calciphylaxis -> derm for bx; thiosulfate w/ HD to
start once bx done. Tighten phos (dietitian today). Pain: APAP, gabapentin 100 mg post-HD only.
"""),
("2020-11-18", "Dermatology Clinic Note", """
DERMATOLOGY -- f/u of biopsy
72F on HD, R flank lesion since early Oct 2020.
Bx 11/9/20 (6 mm punch, plaque edge, deep fat included): subcutis arterioles w/ calcified
walls and clotted lumens amid necrotic fat; Ca confirmed on von Kossa.
Final DX: tissue-proven calciphylaxis.
Exam: R flank (immediately superior to the iliac crest): eschar 7.5x5 cm w/ retiform purpuric rim, now
extending a little posteriorly. Bx site healed, suture removed. Abdomen, breasts, thighs, calves
clear.
Assessment: R flank calciphylaxis.
- keep thiosulfate going, 25 g IV on each dialysis day (began 11/10)
- wound: keep eschar dry, silicone foam border, change q3d; no enzymatic debridement for now
- pain: palliative care referral placed
- nephrology to consider a 4th weekly HD session
RTC 3 wks, sooner if drainage, fever, or spreading redness.
"""),
]}

B04 = {"patient_id": "B04", "age": 59, "sex": "M", "notes": [
("2023-06-12", "Head and Neck Surgery Inpatient Progress Note", """
H&N SURGERY DAILY PROGRESS NOTE -- POD #6
Status post L partial glossectomy, L SOHND levels I-III and L radial forearm free flap reconstruction
on 6/6/23; forearm donor defect closed w/ a split-thickness graft taken off the L anterior thigh.
S: NAEO. Pain controlled on scheduled APAP. Speech intelligible w/ some slurring. Tube feeds
via NGT at goal.
O: Tmax 37.6  HR 84  BP 138/80  SpO2 97% RA
Flap: pink, cap refill ~2 s, strong doppler signal, no hematoma.
L neck: JP pulled yesterday, incision c/d/i.
L forearm donor: bolster intact, no strike-through; hand warm, ulnar flow good.
L thigh donor: Xeroform adherent and dry.
Labs: Na 137  K 5.3  BUN 48  Cr 7.9  Ca 8.6  Phos 6.2  Mg 2.1  Hgb 9.8  Glu 212
Renal: nephrology following, HD today via R IJ tunneled catheter (home sched TTS).
Meds: heparin 5000 u SC q8h, insulin glargine 14 u + lispro correction, sevelamer per tube,
famotidine, chlorhexidine rinse.
A/P: 59M ESRD, insulin-requiring DM2, POD6, doing well.
- bolster takedown tomorrow
- SLP bedside swallow eval
- d/c planning: home w/ VNA, outpt HD to resume.
Wt 71 kg, BMI 24.2.
"""),
("2023-08-02", "Emergency Department Provider Note", """
ED PROVIDER NOTE
CC: L forearm wound/pain
HPI: 59 yo man w/ ESRD (dialyzes TTS), DM2, oral tongue SCC s/p resection w/ L radial forearm free
flap 6/2023, here for worsening pain at his L forearm graft site. A dark crusted patch came up
centrally within the graft about 10 days ago; now "burning, 9/10." No fever/chills. Had his
full HD run yesterday.
ROS otherwise negative.
Vitals: HR 102, BP 171/92, T 37.1, SpO2 98% RA, RR 18
L volar forearm (skin-grafted donor site): black eschar 3x2.5 cm, bordered by violaceous
retiform purpura that spills ~1 cm onto native skin, exquisitely tender; no pus, no crepitus.
Hand: cap refill brisk, sensation intact.
Labs: WBC 8.9, lactate 1.4, glucose 188, PO4 7.0, cCa 10.3.
XR L forearm: radial/ulnar arterial calcification, no gas, no FB.
MDM: graft breakdown/infection vs calciphylaxis vs ischemia; nec fasc unlikely.
D/w H&N fellow (Dr. Adeyemi-Shaw) -> bx in clinic within the week.
Dispo: home; doxycycline empiric, oxycodone 5 mg #10, return precautions given.
"""),
("2023-08-16", "Head and Neck Surgery Clinic Note", """
H&N CLINIC -- post-op / wound visit
Path (8/8 incisional bx, L forearm lesion): calcified small and medium subcutaneous vessels,
intraluminal thrombi, ischemic necrosis of graft and underlying fat; no carcinoma; gram stain
neg. -> calciphylaxis.
Assessment: L forearm calciphylaxis, arising within the skin graft at his radial forearm
free flap donor site (harvested 6/6/23); onset 7/23/23. Oral cavity: flap healthy, no sign of
recurrence. L thigh STSG donor site fully epithelialized, no lesion there.
Plan:
- nephrology to begin IV thiosulfate during dialysis; calcium binder to be stopped
- local care: gentle cleansing, silver alginate, secondary foam; hand therapy for ROM
- wound clinic referral
- Wt down to 67.8 kg (BMI 23.1) -> dietitian, increase tube supplement to 2 cans/day
Risk factors reviewed: ESRD, insulin-treated DM2, never on warfarin.
RTC 2 wks.
"""),
]}

B05 = {"patient_id": "B05", "age": 80, "sex": "F", "notes": [
("2025-01-06", "Emergency Department Note", """
ED NOTE -- Saint Ives Regional
80 yo F, daughter brought her in; she fell at home early this AM: caught her foot in her
oxygen tubing on the way to the bathroom, fell against the metal bed rail and struck her L
shin. No LOC, no head strike per pt + daughter. Takes warfarin.
PMH: ESRD on HD MWF, COPD on 2 L home O2, AF, hypothyroidism, OA knees.
VS: BP 118/64  HR 78 irreg  RR 18  SpO2 94% on 2 L
Exam: L anterior mid shin: flap skin tear, 4.5 cm, w/ surrounding ecchymosis, oozing,
controlled w/ pressure. No bony TTP, hips/knees full ROM. Neuro nonfocal.
INR 2.9. CT head w/o contrast (age + anticoag): no acute findings.
Tx: irrigated w/ NS, flap laid back and secured w/ adhesive strips, petrolatum gauze + tubular
bandage. Tdap 0.5 mL IM L deltoid.
Dispo: home w/ daughter. Home health RN for dressing q3d. Home RT to review tubing set-up.
"""),
("2025-01-15", "Home Respiratory Therapy Visit", """
HOME RT VISIT -- post-fall equipment review
80F COPD, chronic hypoxemia on 2 LPM continuous via NC off a concentrator + E-tanks for the
ride to dialysis. Fell 1/6 after tripping on her 50-ft tubing.
Done today:
- tubing cut to 25 ft, swivel connector added at the concentrator
- tubing run along the baseboard with clips, away from the bathroom path
- plug-in night lights placed in hall
- taught her to carry the slack in one hand when walking
SpO2 95% on 2 L at rest, 90% walking in the house, recovers in 40 s. HR 80. RR 19.
Skin: tops of ears and cheeks without device marks. L shin dressing in place per HH nurse;
pt says it is "itchy, healing."
Fall risk reviewed w/ pt and daughter; daughter staying nights this week.
Plan: RT f/u 1 mo; pulm appt 3/2025.
"""),
("2025-02-10", "Wound Clinic New Patient Visit", """
WOUND CARE CENTER -- new pt
Ref: HD unit charge RN (dark, painful area L leg).
80F, ESRD on HD, COPD on O2, AF on warfarin.
Pt and daughter report the black area was first noticed on 1/20 at a dressing change and has
been growing; pain 8/10 at rest, worst at night.
Wound L anterior mid shin: 5.2x4.0 cm irregular black eschar, surrounding violaceous net-like
purpura out to 2 cm, minimal drainage, no odor.
ABI L 1.1 (vessels poorly compressible), TBI 0.41; DP/PT by doppler only.
Impression: necrotic ulcer L shin w/ retiform purpura. Calciphylaxis must be considered
(ESRD + warfarin); ddx arterial ulcer, warfarin-induced skin necrosis.
Procedure: consented, 4 mm punch bx from purpuric margin, hemostasis w/ silver nitrate.
Plan: no compression wraps; foam + ABD pad; f/u 1 wk; message nephrology about warfarin.
"""),
("2025-02-24", "Nephrology Clinic Note", """
NEPHROLOGY -- outpatient
80 yo F, ESRD; HD at Saint Ives unit MWF, R upper arm loop graft.
Punch bx L shin 2/10: small subcutaneous vessels w/ calcified media and microthrombi,
consistent w/ calciphylaxis. Onset of the L shin lesion 1/20/25.
Labs: PO4 5.8, corrected Ca 9.4, iPTH 410, albumin 3.1.
Changes: warfarin discontinued 2/12 -> apixaban 2.5 mg q12h for AF (CHA2DS2-VASc 5). Calcium
carbonate stopped. Thiosulfate 12.5 g IV infused late in each dialysis session, titrate to 25 g as tolerated.
Run time up to 4 h.
Exam: L shin eschar ~5 x 4 cm, unchanged, tender. No new lesions elsewhere.
Wt 54.1 kg, BMI 22.7.
Prognosis and goals discussed; she wants to keep dialyzing. Palliative care to follow for pain.
"""),
]}

B06 = {"patient_id": "B06", "age": 54, "sex": "M", "notes": [
("2018-11-19", "Rhinology Clinic Follow-up", """
RHINOLOGY / SINUS CENTER -- f/u visit
54M w/ CRSwNP, asthma and aspirin sensitivity (AERD), s/p FESS x2 (2012, 2016), polyps back.
Started dupilumab 300 mg SC q2wk in October (600 mg loading dose in clinic) and now self-injects
at home, alternating the R and L anterior thighs as taught by our RN. No conjunctivitis, no
injection-site reactions so far.
SNOT-22 today 29 (64 before the biologic). UPSIT 22/40 (was 9).
Nasal endoscopy (0 deg rigid, after oxymetazoline/lido): NPS 2 R / 2 L (was 3/4), thin
mucus, no purulence, frontal recesses patent.
PMH: FSGS -> ESRD, hemodialysis M/W/F since 2015; T2DM on insulin, HTN, obesity.
Meds: dupilumab; budesonide irrigations BID; montelukast; insulin degludec 30 u and aspart w/
meals (abdomen); calcitriol 0.25 mcg w/ HD; sevelamer; metoprolol. No anticoagulants.
VS: BP 150/90, P 82, 131 kg, BMI 42.3
A/P: AERD / CRSwNP, good early response to dupilumab -> continue q2wk + irrigations.
Aspirin desensitization not pursued. RTC 3 mo w/ endoscopy.
"""),
("2019-01-14", "Hemodialysis Attending Note", """
DIALYSIS ATTENDING NOTE -- Fairhollow Kidney Center
54M ESRD/FSGS, HD MWF 4h via L brachiocephalic AVF, EDW 129 kg.
S: painful hard "bruises" on both front thighs since late December, R worse than L,
pants rubbing is agony. No falls. He volunteers that they are where he gives his dupilumab
shots, every other week into alternating thighs.
O: pre BP 164/92, UF 3.4 L.
R anterior thigh: violaceous, indurated, 8x6 cm, retiform pattern, 1 cm central eschar.
L anterior thigh: firm livedoid plaque 4x4 cm, not ulcerated.
Labs: PO4 7.9, iPTH 1460, cCa 10.0, alb 3.5, A1c 8.4.
A/P: bilat anterior thigh plaques at the dupilumab injection sites in a pt w/ severe SHPT and
hyperphosphatemia -> high concern for calciphylaxis.
- derm urgent bx; message to rhinology to hold dupilumab pending dx
- calcitriol off; increase cinacalcet to 60; sevelamer 2400 w/ meals
- parathyroidectomy referral if refractory
"""),
("2019-02-04", "Dermatology Consult Note", """
DERM CONSULT
HPI: 54M on HD with bilateral anterior thigh plaques since Dec 2018, arising at his dupilumab
injection sites (drug started Oct 2018).
Exam: R anterior thigh: retiform purpura 9x6 cm, central eschar 2 cm. L anterior thigh:
5x4 cm violaceous induration, center beginning to necrose. Abdomen (insulin sites) and
calves clear.
Bx 1/17 (double punch, R thigh, deep fat): subcutaneous small vessels heavily
calcified, thrombosed; fat cells necrotic -> calciphylaxis.
DX: calciphylaxis, both thighs.
Plan:
- thiosulfate 25 g per dialysis
- dupilumab permanently stopped; rhinology aware, will weigh another biologic
- hydrogel to eschar edges, ABD pads, loose clothing
- palliative referral for pain; derm f/u 2 wks
Wt 129.6 kg, BMI 41.9.
"""),
]}

B07 = {"patient_id": "B07", "age": 66, "sex": "F", "notes": [
("2024-02-20", "Sleep Medicine Respiratory Therapy Mask Clinic", """
SLEEP LAB -- RT mask clinic
66 F w/ obesity hypoventilation + OSA on nocturnal BiPAP ST via full-face mask since the summer
of 2021. Settings IPAP 18 / EPAP 10 / BUR 12.
30-day download: used 27/30 nights, avg 7 h 12 min, residual AHI 3.1, 95th pct leak 28 L/min.
Reason for visit: sore on her nose. First saw a black spot on the bridge of her nose on Feb 3,
right under the mask cushion; it has grown and hurts when the mask goes on.
Exam: nasal bridge, midline -- dry black eschar 1.4x1.0 cm w/ dusky purple halo. Forehead
support area and cheeks fine.
Mask: medium FFM, cushion worn and stiff.
Interventions: switched to nasal-pillow interface + chin strap trial (no contact at the bridge),
fabric mask liner, taught not to overtighten headgear.
Other: ESRD doing CAPD at home; insulin-treated DM2; BMI 46.8.
Referred to ENT for the wound; told her not to tape over it.
"""),
("2024-03-01", "Otolaryngology Clinic Note", """
OTOLARYNGOLOGY CLINIC -- new pt
CC: wound on nasal dorsum
HPI: 66F w/ OHS on BiPAP, ESRD on CAPD, c/o a sore black scab across the nasal bridge
since 2/3/24, where her full-face mask sat. Already moved to nasal pillows by sleep RT.
Exam: external nose -- adherent eschar 1.6x1.2 cm over the rhinion, violaceous retiform
border, no cartilage exposed, no fluctuance.
Nasal endoscopy: septum intact, no perforation, mucosa dry, no crusting intranasally.
Ddx: mask (device) pressure injury versus calciphylaxis (PD, hyperphosphatemia, insulin use).
Procedure: lidocaine w/ epi, 3 mm punch at the lesion border, 5-0 fast-absorbing gut.
ADDENDUM 3/6: Path -- dermal/subcutaneous arteriolar calcification w/ thrombi and ischemic
necrosis; von Kossa stain positive. Findings are those of calciphylaxis. Pt and nephrology notified.
Plan: petrolatum to eschar, keep the interface off the nose, ENT f/u 3 wks.
"""),
("2024-03-12", "Peritoneal Dialysis Clinic Note", """
PD CLINIC
66 F, ESRD (DKD), CAPD 4 bags/day of 2 L (2.5%); Kt/V 1.9/wk; still voids ~450 mL daily.
New problem: calciphylaxis (biopsy-proven) of the nasal bridge (path 3/6/24) at the contact point of her
BiPAP mask, worn nightly since summer 2021.
Labs: K 3.9, PO4 6.8, alb 2.8, cCa 9.9, iPTH 540.
Meds: insulin glargine 40 u, lispro sliding scale, calcium acetate -> changed to lanthanum
chewable, start cinacalcet 30 mg, furosemide 80 mg BID. Not on warfarin.
Plan:
- Larkfield infusion chairs MWF for thiosulfate (25 g IV) (pt prefers this over intraperitoneal)
- lower dextrose strength where possible, icodextrin long dwell
- nasal pillows to stay; sleep RT aware
- dietitian re: protein goal (1.2 g per kg)
Wt 118.2 kg, BMI 46.5.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
