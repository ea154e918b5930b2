"""probe212 corpus notes, B01-B07 (obstetric medicine, postpartum care and the clinics around them; all invented)."""

B01 = {"patient_id": "B01", "age": 31, "sex": "F", "notes": [
("2022-02-16", "Obstetric Medicine Antenatal Clinic", """
OBSTETRIC MEDICINE ANTENATAL CLINIC - Kestrel Wing, Harrowgate Women's Hospital
Date of visit: 16/02/2022     Consultant: Dr O. Marchetti

31F  G2P1  GA 11+3 by dating scan   EDD 4 Sept 2022
Background: ESRD 2' IgA nephropathy, haemodialysis since 2018 via L radiocephalic AVF.
Not diabetic. No VTE hx. Has never taken warfarin.
Previous SVD 2016 at term, uncomplicated.

Dialysis: agreed with renal team - going up to 6 short sessions/wk from next
week, aiming pre-HD urea <12.
BP 131/84  HR 88  Wt 69.0 kg  BMI 26.1
Hb 98  plt 212  alb 31  Ca(adj) 2.38  phos 1.86

Plan:
- Aspirin 150 mg nocte from 12/40 (PET prophylaxis)
- Enoxaparin 20 mg SC od as thromboprophylaxis until 6/52 postnatal. First
  dose given by our nurse today into the L lateral thigh. She would rather use
  her outer thighs, alternating L and R, than her tummy. Sharps bin supplied.
- Growth scans every 4 wks from 24/40.
"""),
("2022-06-30", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT
Ward: Antenatal (Ward 14)   Requested by: Obs Med registrar
Reason: pregnant HD pt, painful dark patch on thigh

HPI: 31 y/o at 30+4/40, ESRD on daily HD. Felt a firm tender knot high on the
outer L thigh on Monday 27 June; it has darkened and hurt more every day since
(pain 7-8/10, nights the worst, now avoids lying on her L). Afebrile. Has given
herself enoxaparin every day since February, swapping between the outer thighs.

O/E: L lateral mid-thigh: 6x4cm woody violaceous plaque; at its heart an irregular
stellate black eschar, and retiform purpura rimming it; too tender to palpate
properly. Several faded needle marks around and inside it. R lateral thigh:
needle marks only, no plaque. Trunk and lower legs clear.

Imp: Strongly suspect calciphylaxis in the enoxaparin injection area of the L
thigh. DDx heparin-induced skin necrosis (plt normal).
Plan:
1. Punch x2 (4mm) at the plaque margin today -> histology incl. von Kossa
2. Thigh injections to stop; obs med choosing a new site
3. Non-adherent dressing, analgesia
"""),
("2022-07-05", "Renal Inpatient Progress Note", """
Renal registrar ward note - Ward 14 (antenatal)
05.07.22

S: Thigh pain a little better on oxycodone. Tolerating daily HD. Good fetal movements.
O: BP 138/86, HR 92, apyrexial. CTG reactive this morning.
Labs: Ca(adj) 2.44, phos 2.12 (raised), PTH 61 pmol/L, Hb 101, CRP 14.
Histo back (punch bx L thigh 30/06): subcut arterioles show medial calcium,
thickened intima, some luminal thrombus; von Kossa stain +ve. Fits
with calciphylaxis.

A: L lateral thigh calciphylaxis, now proven on biopsy; 31/40 on
intensive HD.
P:
- sodium thiosulfate IV, hung for the tail end (last hr) of every HD - discussed
  with obstetric pharmacist and MFM re fetal safety; consent documented
- CaCO3 stopped -> sevelamer; dialysate calcium down to 1.25
- LMWH now into the upper arms instead of the thighs
- weekly growth scan
"""),
("2022-09-12", "Postnatal Review - Obstetric Medicine", """
OBSTETRIC MEDICINE - POSTNATAL REVIEW (6/52)
12 Sep 2022

Pre-labour CS at 34+5 on 29th July for worsening FGR; liveborn girl 1.89 kg,
9 days on NICU, now at home, formula fed. CS wound well healed.

Calciphylaxis L lateral thigh: eschar has lifted, now a 3 x 2 cm clean
granulating ulcer per tissue viability. Pain 2/10 on paracetamol. STS still
3x/wk on HD (back to the usual schedule since delivery).
No new lesions. Finished the 6 weeks of postnatal LMWH on Friday.

BP 124/78. Weight 72.6kg (BMI 27.4).
Contraception: POP started, Mirena discussed.

Plan: renal f/u, derm in 4/52, discharge from obs med clinic.
"""),
]}

B02 = {"patient_id": "B02", "age": 36, "sex": "F", "notes": [
("2020-11-30", "Infant Feeding Team Home Visit", """
INFANT FEEDING TEAM - home visit
Mon 30/11/2020   IBCLC: R. Thistlewood

Mum 36, para 1, SVD 18/11/20 at 37+2. Known kidney failure, haemodialysis
Tu/Th/Sat at Quarry Hill. Baby boy, exclusively breastfed, wt 3.02 kg today
(birth weight 3.11).
Feeding: painful R breast for 5 days, a firm tender wedge in the upper outer
quadrant, afebrile, no spreading redness. Blocked duct/engorgement, nothing to
suggest mastitis today.
Since last Thursday (26th) Mum has warmed a wheat-filled bag in the microwave
and held it on the R upper outer breast before most feeds and overnight - she
says it eases the tightness. Perineum sore; still using the cold gel pads from
the ward.

Advice: offer the R side first, positioning checked (laid-back), gentle
lymphatic massage, cool compress after feeds. Paracetamol. Safety-netted re
fever/red streaks -> GP or 111.
Next visit: 7 days.
"""),
("2021-01-06", "Dermatology Clinic Letter", """
Dermatology Outpatients - clinic letter
Seen 06 Jan 2021

Dear Dr Farrant,
Many thanks for referring this 36 year old lady, seen seven weeks after the
birth of her first baby. She has ESRD and dialyses three times a week. From
early December a sore, firm area developed on the R breast, and over the
following weeks its centre went dark; she gave up feeding from that side before
Christmas because of the pain.

Examining her, I found an indurated violaceous plaque of 5x4cm, R breast, upper
outer part, its centre a black eschar (1.5cm) and its margin
purpuric and net-like. Nipples normal without discharge, axillae clear. The L breast
is normal.

Calciphylaxis seems to me the most likely explanation; a breast abscess or
warfarin necrosis are far less likely (she takes no anticoagulant). I took a deep
incisional biopsy today under local anaesthetic and will write again with the
histology.

Yours sincerely,
Dr H. Ventnor, Consultant Dermatologist
"""),
("2021-01-20", "Nephrology Clinic Letter", """
Renal Medicine clinic - Quarry Hill Kidney Centre
20/01/2021

Diagnoses:
1. ESRD secondary to reflux nephropathy - HD 3x/wk since 2017
2. Calciphylaxis R breast, biopsy 06/01/21 (calcified dermal and subcutaneous
   arterioles, fat necrosis, von Kossa positive)
3. Postpartum, 9 weeks, no longer breastfeeding
4. No diabetes

Seen with her partner. Breast pain 6/10, dressings by practice nurse. Please keep
all heat away from the breast.
Obs: pre-dialysis BP 149/92, weighed 88.2kg, BMI 33.0.
Bloods: cCa 2.51, phosphate 2.30, PTH 88 pmol/L, ALP 210.

Plan:
- STS 25 g to run in as each HD session finishes
- stop calcium carbonate; start sevelamer 1.6 g tds; cinacalcet 30 mg
- dialysis time up to 4.5 h
- referral to breast surgeons for an opinion on debridement
"""),
]}

B03 = {"patient_id": "B03", "age": 28, "sex": "F", "notes": [
("2023-02-08", "Antenatal Ward Admission - Obstetric Medicine", """
OBS MED ADMISSION CLERKING  08/02/2023 22:40

28F G1P0 @ 27+2. Sent up from ANC w/ BP 158/101, uPCR 310 (baseline 140).
PMH:
- lupus nephritis class IV (dx 2015) -> CKD4 (eGFR 19), no dialysis as yet
- antiphospholipid syndrome: warfarin 2016-2022 after a L popliteal DVT, moved to
  enoxaparin at 5/40 (self-injects either side of the lower abdomen)
- GDM managed with diet alone (OGTT at 22/40), CBGs on target, no insulin

Meds: HCQ 200 bd, azathioprine 100, nifedipine LA 30, aspirin 150,
enoxaparin 60 mg bd (treatment dose), Ca/vit D.
O/E: BP 156/99, HR 90, sats 99% RA. Booking BMI 30.0. Oedema to mid-shins.
Reflexes brisk, no clonus. Abdo SNT, SFH 26.
CTG normal. USS: EFW 12th centile, UA PI normal.

Imp: superimposed pre-eclampsia vs lupus flare
Plan: admit, 4-hourly obs, PCR and sFlt:PlGF, C3/C4/dsDNA, antenatal
steroids, rest in L lateral.
"""),
("2023-03-01", "Obstetric Medicine Ward Round", """
WR - Antenatal Ward 3 - Obs Med (Dr Sandoval)
1/3/23   GA 30+2

Day 21 of admission. Feels "stiff and fed up". Has been lying almost entirely on
her left side since early February - scared to lie on her back after what the
midwives told her, and sleeps propped up on the L hip.
BP 142-151/88-96 on nifedipine 30 bd + labetalol 200 tds. Urine 3+ protein.
Cr 241, urate 0.44, ALT 22, plt 176, Hb 97.
Skin: Waterlow check recorded no pressure damage; mild blanching redness over
L hip.

Plan: stay in, CTG twice weekly, steroids completed 10/2. Physio to encourage
turning; pressure-relieving mattress requested.
"""),
("2023-03-22", "Dermatology Ward Consult", """
Derm consult - Antenatal Ward 3
22.03.2023

Asked to see: 33/40 primigravida, lupus nephritis CKD4, APS. Tender black area
on L hip.
Hx: about 10 days ago she spotted a sore purple mark on the outer L hip; pain now
8/10 and she cannot bear to lie on it. Nothing hit it; no fall.
Exam: L greater trochanter - stellate plaque 5x4.5cm; black eschar stuck down
centrally; border of retiform purpura; surrounding skin woody and indurated.
Nothing similar elsewhere; the abdominal LMWH sites show only tiny healed marks.
Labs: Ca(adj) 2.52, phos 1.91, PTH 35 pmol/L.

Impression: Calciphylaxis (non-dialysis CKD 4, APS, past warfarin, SLE) -
clinical diagnosis. It has formed exactly where she has lain on her L side for
weeks, so sustained pressure is the likely trigger.
Biopsy deferred until after delivery (bleeding risk on treatment-dose LMWH, and
it would not change management now).
Plan: offload - turn 2-hourly, air mattress, foam dressing; renal re STS.
"""),
]}

B04 = {"patient_id": "B04", "age": 34, "sex": "F", "notes": [
("2021-09-10", "Postnatal Ward Review - Obstetric Medicine", """
OBSTETRIC MEDICINE POSTNATAL REVIEW, Postnatal Ward 6
Date: 10-Sep-2021

34F P1 - day 3 after elective lower segment CS (Pfannenstiel) on 07-Sep-2021,
EBL 700 ml.
Mechanical mitral valve (bileaflet, 2012, rheumatic MS).
Anticoagulation in pregnancy: enoxaparin to 12/40, warfarin 13-35/40 (5 mg
daily, target INR 3.0), enoxaparin again from 36/40. Post-op treatment-dose
enoxaparin restarted 24 h after surgery, the midwives injecting into her upper
arms.
Renal function normal (Cr 54, eGFR >90). No diabetes. BMI 36.4 (obese).

Today: well, mobilising, breastfeeding. Wound clean and dry, dressing off.
BP 118/72, HR 84.

Plan:
- warfarin 5 mg from tonight, LMWH bridge until two consecutive INRs above 2.5
- daily INR, anticoagulation clinic after discharge
- echo before discharge (valve gradients)
"""),
("2021-11-02", "Dermatology Urgent Clinic", """
DERMATOLOGY - Urgent Clinic
Date: 2 November 2021

34 yo, 8 wks postpartum, mechanical mitral valve, warfarinised, kidneys normal.
PC: painful black area at the end of her caesarean scar.
HPI: scar healed well at first. Since mid-October a tender reddened knot at the
L lateral end of the scar, which has turned black and is now exquisitely
painful. No discharge, no fever. INR 2.8-3.4 throughout.

O/E: lower abdomen, L lateral end of Pfannenstiel incision: adherent black
eschar 3x2cm,
ringed by a livedoid, violaceous, indurated zone about 2cm wide. Rest of the
scar healthy. Thighs, breasts and arms clear of lesions.

DDx: calciphylaxis (non-uraemic; warfarin a factor) / warfarin-induced skin
necrosis / necrotising wound infection.
Done: two 5mm punches taken from the rim (histology + von Kossa, micro).
Plan: review with results in 2/52; haematology aware.
"""),
("2021-11-16", "Obstetric Medicine and Haematology Joint Clinic", """
Joint obs med / haematology clinic                     16/11/2021

Result gone through with patient and husband: both punches from the L end of
the CS scar show small dermal arterioles whose media is calcified, some
thrombosed, amid necrotic fat; positive von Kossa; cultures sterile.
=> non-uraemic calciphylaxis, arising in the caesarean section scar (i.e. at
surgical trauma) while she was on warfarin.

Discussion: warfarin is the main factor we can change. The mechanical MV needs
lifelong anticoagulation - after talking to cardiology, long-term
treatment-dose LMWH (anti-Xa guided) instead; warfarin stopped today.
Renal: Cr 58, Ca 2.36 (corr), phos 1.12, PTH normal.
Wt 99.1 kg, BMI 36.4.

Plan: STS infusions x3 per week (day unit); tissue viability for the wound; vitamin K not needed, review in 4 weeks.
"""),
]}

B05 = {"patient_id": "B05", "age": 39, "sex": "F", "notes": [
("2024-01-02", "Maternity Triage Assessment", """
MATERNITY TRIAGE (MAU) - 02/01/2024 09:15
Midwife assessment + SHO review

39 yo G3P2 @ 22+1, T1DM (insulin pump), diabetic nephropathy -> ESRD, HD
Mon/Wed/Fri.
PC: on New Year's Eve her feet went from under her on the frozen front steps;
landed on hands and R knee, and the R shin struck a step edge. No blow to the
abdomen, no PV bleeding or loss, FM present.

Obs: BP 136/80, P 94, T 36.7, RR 16. BM 7.8.
FHR 146 on doppler. Abdo soft, non-tender, SFH 22.
Skin: R anterior shin - superficial linear abrasion, 4cm long, bruising around
it, mild swelling; small grazes to both palms. R knee full ROM.
Kleihauer not needed (Rh +ve).

Plan: abrasion cleaned, non-adherent dressing; practice nurse to check it in 3
days; HD as usual tomorrow. Suggested grit or salt on the steps. Home.
"""),
("2024-01-25", "Haemodialysis Unit Session Note", """
HAEMODIALYSIS UNIT - session note, chair 7
25/1/24

Pre: wt 71.4 (EDW 69.5), BP 148/86, HR 90. Post: wt 69.8, BP 131/78. UF 1.6 L.
Access: L arm fistula - thrill ok, 2 needles in first time.
25/40 pregnant, on the extended pregnancy schedule.
Nursing concern: pt says the skin on her R shin "went purple and really hurts" -
started about ten days ago, far worse than the graze ever was. On inspection a
dusky violaceous area ~3cm, black in the middle, on the R anterior shin, very
tender to light touch. GP surgery dressing taken down and replaced.
Renal reg informed -> likely needs derm. Phosphate 2.3 last week; takes binders
"most days".
"""),
("2024-02-01", "Dermatology Review", """
Dermatology - day case review
1 Feb 2024

Diabetic ESRD on HD, 26/40.
R anterior shin: 5x3cm necrotic ulcer, black eschar base, retiform purpura and
livedo extending 2-3 cm around it, very tender. Pedal pulses present. L leg
normal.
Punch biopsy 26/01 (renal team): calcium and thrombus within small subcutis
vessels (von Kossa +); no vasculitis seen.
Dx = calciphylaxis of R shin.

Mgmt: STS with HD, stop Ca-containing binder, analgesia incl. low-dose opioid
(obstetric input), silver alginate dressing, elevate the leg. No sharp
debridement in pregnancy unless infected.
BMI 24.8. HbA1c 52 on pump.
"""),
]}

B06 = {"patient_id": "B06", "age": 41, "sex": "F", "notes": [
("2020-09-16", "Joint Diabetes Antenatal Clinic", """
JOINT DIABETES ANTENATAL CLINIC  16.9.2020
(obstetrician / diabetologist / DSN / dietitian)

41 yo G4P2, 13+6 wks. T2DM since 2012, diabetic kidney disease -> ESRD,
haemodialysis via R brachiocephalic AVF (Tue/Thu/Sat).
Before pregnancy on linagliptin; stopped. Commenced on insulin in August at the
booking visit when HbA1c was 61 - now glargine 14u at night + aspart 4-6u at
mealtimes. She injects into her abdomen around the navel; rotation shown by DSN.
CBGs: fasting 5.1-6.3, 1 h post-meal 7.2-9.8.
Weight 101.3kg; BMI 38.7 - obese.
BP 138/84.
Retinal screen: background DR, unchanged.

Plan: aspart up to 6-8 u and titrate; retinal screening each trimester;
aspirin 150 mg; growth scans 28/32/36; see in 2 weeks.
"""),
("2021-01-12", "Obstetric Medicine Antenatal Clinic", """
OBS MED ANC - 12 Jan 2021
GA 30+5

S: Painful hard lumps around the tummy button since Christmas, two of them now
"going black". Sleeping badly. FM normal.
O: BP 142/88. Urine 1+ prot. Wt 104 kg.
Periumbilical skin: three firm violaceous nodules/plaques (1-3cm), a dry black
eschar at the centre of two, net-like mottling around. They sit inside her
insulin injection zone; she has kept injecting there as she dislikes using her
thighs.
Bloods today: Ca 2.55 (corr), phos 2.4, PTH 74, CRP 9, plt 198.

A: ?calciphylaxis at the insulin sites (dialysis patient); DDx infected
lipohypertrophy, panniculitis.
P: derm to see today; DSN to switch her to upper-arm injections for now; renal
informed re phosphate.
"""),
("2021-01-19", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE - 19/01/2021

Known to obs med; 31/40, haemodialysis for ESRD, insulin-treated T2DM.
Punch biopsy (12/1), periumbilical plaque: in the subcut fat, small vessels
are calcified and plugged by fibrin; septal panniculitis too; von Kossa +ve; organisms
not seen.

Diagnosis: CALCIPHYLAXIS - lesions confined to the periumbilical skin where she
has injected insulin since late summer (Koebner-type localisation).
Now 4 lesions, largest 3.5 cm with eschar. Pain 7/10.

Recommendations:
- sodium thiosulfate with every HD session
- no more injections into the abdominal wall; upper arms only
- gentle wound care: hydrogel under foam; hold off debriding
- pain team
- MDT with MFM about timing of delivery
"""),
]}

B07 = {"patient_id": "B07", "age": 30, "sex": "F", "notes": [
("2019-03-04", "Maternal-Fetal Medicine Consult", """
MFM CONSULT - Riverside Perinatal Center
DOS: 03/04/2019

HPI: 30 y.o. G3P1021 at 16w0d by 8 wk US, referred for hx SPTB at 31 wks (2016,
PPROM) and CKD.
Renal: reflux nephropathy, CKD stage 4, Cr 2.6 mg/dL, eGFR ~22. Followed by Dr.
Anand (nephrology). Not yet on dialysis.
No DM. Never on anticoagulants. BMI 29.5.

TVUS CL 31 mm.
A/P:
1. Hx SPTB - 17-OHP caproate 250 mg IM weekly 16-36 wks. First injection given
   today by RN, R gluteal upper outer quadrant; sides to alternate weekly at
   home health visits.
2. CKD 4 in pregnancy - BP goal <140/90, labetalol 200 bid, ASA 81 mg, BMP
   monthly, urine P:C ratio; dialysis planning w/ nephrology if BUN >50.
3. Serial growth q4 wks from 24 wks.
"""),
("2019-05-20", "Nephrology Inpatient Consult", """
Nephrology inpatient consult  5/20/19

Asked re: worsening renal fn, IUP 27w0d.
Cr 2.6 -> 4.1 mg/dL over 6 wks, BUN 62, K 5.6, HCO3 17, phos 6.8, Ca 8.9, PTH 410
pg/mL. Volume overloaded, BP 152/94.
Assessment: CKD 4 (reflux nephropathy) has progressed to ESRD; she meets our
criteria to begin dialysis in pregnancy.
Plan:
- tunneled HD catheter R IJ placed by IR today
- first HD tomorrow, then intensive regimen 6 days/wk, target pre-HD BUN <35
- renal diet, sevelamer 800 mg tid
- keep giving weekly 17-OHP per MFM
"""),
("2019-06-26", "MFM Return Visit", """
MFM RETURN VISIT - 6/26/19 - 32w2d

S: On HD 6x/wk since May, tired but OK. c/o a very painful "bruise" on her R
buttock x 1 wk, hurts to sit. Home health RN gave last week's and this week's
17-OHP on the L side instead.
O: BP 134/82, HR 96. FHT 140s. Fundal ht 31.
R buttock, UOQ: 4x3.5cm purple firm plaque, lacy violaceous
border, dusky centre, exquisitely tender. Not fluctuant.
Labs (mg/dL unless stated): calcium 9.4, phosphorus 6.1; Hgb 9.2 g/dL.
A/P:
- R buttock plaque in a pt on HD - ?calciphylaxis vs abscess - derm consult
  today, wound cx if opened
- 17-OHP into the L side only from now
- NST twice weekly
"""),
("2019-07-01", "Dermatology Consult", """
Dermatology Consult - antepartum unit
07/01/2019

30 yo, 33w0d, ESRD newly on HD (since May 2019), reflux nephropathy.
Lesion: R upper outer buttock, grown to 5x4cm, black eschar forming centrally,
retiform purpuric border, indurated.
Punch bx 6/26: subcutis vessels calcified, plus microthrombi;
von Kossa positive. Tissue cx no growth.
Impression: Calciphylaxis, R buttock.
Recs:
1. Sodium thiosulfate 25 g 3x/wk, hung during HD (MFM agrees)
2. Non-calcium binder, low-Ca bath
3. Foam dressing; offload - side-lying, avoid long spells sitting
4. Delivery planning per MFM
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
