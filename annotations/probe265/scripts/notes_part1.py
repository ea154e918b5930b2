"""probe265 corpus notes, P01-P07 (South African and East African hospital notes; all invented)."""

P01 = {"patient_id": "P01", "age": 58, "sex": "F", "notes": [
("2020-01-15", "Renal Unit Review", """
EMTHONJENI PROVINCIAL HOSPITAL - RENAL UNIT
Review 15/01/2020          Seen by: Dr T. Mabuza (MO)

58 yo F, ESKD 2' to diabetic nephropathy, dialysing TTS (Tue-Thu-Sat); her L
brachiocephalic fistula has a good thrill.
DM2 - moved from oral agents onto Actraphane 30/70 BD in Sept '19 at the CDC clinic.
Daughter (Zanele) does the insulin for her; pt finds the tummy "too sore", so the
daughter puts it in posteriorly over both arms, swapping sides daily.
Also HPT, dyslipidaemia. Not on warfarin. RVD neg (Oct 2019).
Mass 86.5kg / height 162cm => BMI 33.1 (obese).
Bloods: Hb 9.4, CMP - Ca 2.58, PO4 2.31, Mg 0.92; PTH 112 pmol/L; alb 31.
Skin: nil of note.
Imp: poorly controlled CKD-MBD, hyperphosphataemia.
Mx: - cut back calcium carbonate, add sevelamer if pharmacy has stock
    - dietician re phosphate load (pap + maas, cold drinks)
    - continue Actraphane, HbA1c at next visit
    - TCA 6/52
"""),
("2020-02-27", "Dermatology Consult", """
DERMATOLOGY - INPATIENT CONSULT, WARD F3
27 Feb 2020. Requested by renal registrar re painful arm lesion.

Hx: "burning bruise" behind her L arm since 10/02/2020, pain now 8/10 and
keeping her awake. No fever, no rigors. The daughter who gives the insulin confirms
this is precisely the spot she has been using on the left arm ever since the switch
to Actraphane last year.
O/E: posterior L upper arm - stellate violaceous plaque 6x4cm, woody to palpation,
black eschar centrally (1.5cm), edged by retiform purpura. R arm skin normal.
Radial pulses present.
Imp: clinically very likely calciphylaxis where the insulin goes in - needs
histological confirmation.
Plan: 4mm punch bx taken at plaque margin - to histo
      diabetes team to help shift insulin off the arms
      analgesia per renal team; non-adherent dressing only
"""),
("2020-03-12", "Ward Round Note", """
F3 WARD ROUND 12.03.2020    Consultant Dr N. Pillay / Reg Dr S. Khumalo

Histo (bx 27/02): mural calcium deposits, small subcutaneous arterioles, occluding
thrombus, necrotic fat; VK stain +ve - in keeping with CALCIPHYLAXIS.
Pt and daughter told the result; their questions answered.
Posterior L upper arm ulcer 7x5cm today, eschar stuck down, no pus, no smell.
Pain better on Tramacet + low-dose morphine syrup.
Wt 85.6 kg -> BMI 32.8.
Mx: 1. sodium thiosulphate 25g IVI in last hour of each HD session (first dose Tue)
    2. stop calcium-based binders; sevelamer 800 mg TDS
    3. insulin into abdomen only from now - NO more arm injections
    4. wound sister to see Mon/Thu
    5. refer for parathyroidectomy if PTH stays > 100
"""),
]}

P02 = {"patient_id": "P02", "age": 64, "sex": "M", "notes": [
("2018-06-04", "Renal Unit Review", """
KIBORONI COUNTY REFERRAL HOSPITAL -- RENAL UNIT
04/06/2018      Clinician: Dr. Otieno W. (MO)

64M, CKD 5 on maintenance HD x2 weekly, Mondays + Thursdays, R IJ tunnelled cath. NHIF.
Cause: hypertensive nephrosclerosis. Non-diabetic (FBS 5.2).
PMH: L leg DVT 2014 - was on warfarin about 2 yrs, stopped 2016.
C/o easy fatigability, SOB on walking uphill to the unit.
O/E: pale ++, no jaundice, no pedal oedema. BP 152/88. Wt 61 kg.
Ix: Hb 7.1 g/dl, ferritin 48, TSAT 11%.
Imp: anaemia of CKD with absolute iron deficiency.
Plan:
- iron sucrose out of stock in pharmacy; start Inj. iron dextran 100 mg
  deep IM by Z-track, R buttock UOQ, first dose TODAY, then weekly x 3
- Inj. Eprex 4000 IU s/c into the arm post-HD twice weekly
- repeat Hb after 4/52
"""),
("2018-08-02", "Medical Ward Admission", """
MALE MEDICAL WARD - ADMISSION   02-Aug-2018   (Intern MO: K. Chebet)

P/C: painful wound on R buttock x 2/52, cannot sit or lie supine.
HPI: 64M on HD. Began as a tender hard lump, then the skin went purple and later
black. Finished the course of iron jabs in June. No fever. No DM.
O/E: T 36.8, PR 96. R buttock (UOQ): black eschar 5x4cm,
surrounding dusky net-like purple mottling, very tender, not fluctuant.
BMI 21.4 (wt 60 kg, ht 1.675 m).
Ix: WBC 9.8, CRP 64. Phosphate 2.6, calcium 2.71. PTH sent, result awaited.
Imp: ?injection-site abscess  ?calciphylaxis
Plan: flucloxacillin 500 mg QID, paracetamol + tramadol,
      surgical & derm review, pus swab, turn 2-hourly off the R side
"""),
("2018-08-14", "Surgical Review", """
SURGICAL REVIEW - 14th August 2018   (Registrar Dr. A. Wanyama)

Wedge biopsy + debridement of R buttock wound done in theatre 09/08.
Histopath (Dr. M. Kiprono): subcutaneous small-vessel walls heavily calcified, intimal
thickening and thrombi; necrotic fat. DIAGNOSIS: CALCIPHYLAXIS (calcific uraemic
arteriolopathy).
Comment: lesion sits right over the area used for the IM iron dextran course begun
04/06/18 - probable injection-site trigger.
Wound today 7 x 6 cm, clean base, little slough, edges dusky.
Plan: - NS-soaked gauze daily
      - sodium thiosulphate: not on formulary, pharmacy to source
      - nephro to raise HD to 3x/wk if NHIF approves; low-Ca bath
      - no further IM injections in either buttock
"""),
]}

P03 = {"patient_id": "P03", "age": 47, "sex": "F", "notes": [
("2021-04-09", "Haemodialysis Session Record", """
HAEMODIALYSIS UNIT - SESSION RECORD
St. Kizito Bunamwa Hospital   Date 09/04/2021   Session no. 87   Machine 4
Nurse: Sr. Nakato R.

Pt: 47F, ESRD (DM nephropathy), HD 2x weekly via L radiocephalic AVF.
Pre-HD: BP 168/94, wt 97.0 kg (dry wt 95), T 36.5.
Complaints: cramps in L calf at night, "like a rope being pulled".
Reports her mother has been pressing hot towels (water boiled on the charcoal
stove) onto the L calf nightly, from the beginning of March.
O/E: L calf skin a little reddened, intact, no sore. Pedal pulses felt.
Insulin: Mixtard 24/12 units, self-injects into abdomen.
HD: 4 hrs, UF 2.0 L, heparin 2500 IU into circuit. Uneventful session.
Nurse comment: told to stop the hot towels (can burn). Doctor informed.
"""),
("2021-05-06", "Medical Ward Note", """
WARD 5 MEDICAL - MO NOTE    6 May 2021

47F, DM2 on Mixtard, ESRD on HD, obese (BMI 36.0), HTN on nifedipine.
Admitted with a very painful black patch on the L calf x 10 days.
O/E: L posterior calf - 8 x 5 cm irregular necrotic plaque, black centre, violaceous
net-like margin; very tender. Surrounding skin indurated. No crepitus.
R leg normal. DP/PT pulses present both sides.
Labs: corrected Ca 2.64, PO4 2.9, ALP 210, PTH 86 pmol/L.
Imp: ?calciphylaxis  ?burn with secondary infection
Plan: - derm to see for biopsy
      - IV ceftriaxone 1 g OD until reviewed
      - morphine 2.5 mg PO 6-hrly PRN
      - no more hot compresses on the legs
"""),
("2021-05-20", "Dermatology Review", """
DERMATOLOGY REVIEW   20.05.21   (Dr. Ssempijja, dermatologist)

Punch biopsy taken 10/05 from L calf plaque: vessel-wall calcification, thrombi in
lumen, lobular panniculitis with necrosis. Gram stain negative.
Final: calciphylaxis. Not a burn.
NB the plaque came up exactly where the hot towel compresses had been put every night
since March; nothing on the R calf. Thermal injury acting as the trigger.
Currently: ulcer 9x6cm, eschar starting to lift off at its rim.
BMI 35.2.
Rx: IV sodium thiosulphate after each HD session, stop calcium carbonate,
low-calcium dialysate, daily saline gauze dressing, pain team input.
Counselled pt and her mother: keep all heat away from both legs.
"""),
]}

P04 = {"patient_id": "P04", "age": 71, "sex": "M", "notes": [
("2022-07-14", "Orthopaedic Rooms Note", """
Dr R. van der Merwe, Orthopaedic Surgeon - Acacia Ridge Medical Suites
Consultation: 14 July 2022

71 yo male referred by GP with R knee OA flare. Medical aid patient.
Background: ESKD on CAPD (renal physician Dr Govender), DM2 on linagliptin,
AF - warfarin, last INR 2.4 (GP), HPT.
R knee pain x 3 months, worse at night. Since the end of May he's put a frozen gel
pack on that R knee 2-3 times daily.
O/E: R knee small effusion, crepitus, ROM 5-100 deg. Skin intact. L knee mild crepitus.
X-ray: medial joint space narrowing R > L.
Procedure today: intra-articular injection R knee, medial approach - methylprednisolone
40 mg + lignocaine 1%, aseptic technique. Tolerated well.
98kg, 175cm, BMI 32.0.
Plan: physio referral; see again in 3 months.
"""),
("2022-09-20", "CAPD Clinic Note", """
CAPD CLINIC   20/09/2022    Nephrologist: Dr P. Govender

71M on CAPD since 2019 (four 2L bags/day, mix of 1.5 and 2.5%). ES healthy.
New problem: painful purple patch, R knee medially, first noticed
3 weeks ago, slowly enlarging. Joint pain itself improved since the ortho injection.
O/E: medial R knee - indurated violaceous plaque 5x4cm, reticulate edge, small
dusky centre, exquisitely tender to light touch. Joint not warm.
Labs: INR 2.8, alb 29, phos 2.1, adj Ca 2.55, iPTH 64.
Imp: ?calciphylaxis (warfarin, PD, obese). DDx cellulitis, warfarin skin necrosis.
Plan: derm to biopsy - urgent; calcium carbonate stopped; discuss change of
warfarin to apixaban with his cardiologist.
"""),
("2022-10-04", "Dermatology Consult", """
Dermatology - Dr L. Botha, Acacia Ridge Medical Suites.   04/10/2022

Ref: Dr Govender - ?calciphylaxis R knee.
History as per referral. He shows me it is the identical area the ice pack covered
and where the cortisone injection went in during July.
O/E: medial R knee - ulcer 6 x 5 cm with adherent black eschar, surrounding retiform
purpura. Nothing similar on trunk or other limbs.
Deep incisional biopsy taken, 2 sutures.
Provisional: calciphylaxis favoured.
Wt 97 kg, BMI 31.7.
Plan: histology to come to me; no ice on the knee; avoid further intra-articular
injections on that side.
"""),
("2022-10-18", "Medical Ward Round", """
ACACIA RIDGE PRIVATE HOSPITAL - MEDICAL WARD ROUND   18-10-2022

Histology (biopsy 04/10): arteriolar calcification within subcutaneous fat, fibrin
thrombi, septal panniculitis - CONFIRMS CALCIPHYLAXIS.
Admitted for IV sodium thiosulphate and pain control.
R knee ulcer 6 x 5.5 cm, dry eschar, no cellulitis.
Warfarin stopped today; cardiology happy to switch him to apixaban 2.5mg bd.
Weight 96.2kg => BMI 31.4.
PD: change to low-calcium bags; increase to 5 exchanges if ultrafiltration poor.
Plan: STS 25g x3/week IVI through a cannula in the L forearm; fentanyl patch 12 mcg;
wound care sister daily; dietician re phosphate.
"""),
]}

P05 = {"patient_id": "P05", "age": 55, "sex": "F", "notes": [
("2018-09-20", "Renal Clinic Review", """
LAKEVIEW RENAL CENTRE - CLINIC REVIEW    20 Sept 2018
Dr. B. Namutebi (nephrologist)

55F, ESRD (chronic GN) on HD thrice weekly via R IJ permcath since 2017. Not diabetic.
Anticoagulation: none.
C/o aching over the L flank for 3 wks. Since she became a church usher in August 2018
she wears her gomesi every day with the sash knotted very tight over the left flank.
Skin there: faint pressure marking, no lesion.
Wt 104 kg, Ht 1.64 m, BMI 38.7 - obese.
Labs: Hb 10.2; phos 2.2; Ca 2.49; PTH 74.
Plan: loosen the sash or tie it in front; continue calcium acetate; Venofer 100 mg
IV monthly; review in 3/12.
"""),
("2019-01-16", "Medical Admission Note", """
HILLTOP MERCY HOSPITAL - ADMISSION, FEMALE WARD    16/01/2019
Intern: Dr. Kato J.    SHO: Dr. Achieng P.

55F HD pt (Lakeview), non-diabetic, obese. P/C: extremely painful dark sore, L waist,
present since Christmas day, now weeping.
O/E: afebrile, BP 150/90. L flank: 10 x 4 cm horizontal band of black eschar with
violaceous livedo above and below; it follows precisely the track of her gomesi
sash knot. Abdomen soft. No other skin lesions.
Imp: calciphylaxis (clinical dx) - pressure from the sash the likely trigger.
DDx necrotizing soft tissue infection - but she is systemically well.
Plan: analgesia, wound swab, surgical review, call Lakeview re sodium thiosulphate.
"""),
("2019-01-24", "Wound Care Note", """
WOUND CARE - 24.01.19   Sr. Apio M.

L flank calciphylaxis wound (biopsy by surgeons 18/01: CUA confirmed).
Size 11x4.5cm; eschar (black) ~70%, slough ~30%; serous exudate, moderate;
livedo at the margins; no odour. Pain 7/10 during dressing despite morphine
given 30 min before.
Done: cleaned with NS, silver alginate, secondary pad, kept on with a light crepe
wrap - no sticking plaster on the skin.
Pt told to wear loose dresses only, no sash, no belts.
STS 12.5g IVI at end of HD, began 21/01.
Next dressing 26/01.
"""),
]}

P06 = {"patient_id": "P06", "age": 39, "sex": "M", "notes": [
("2021-02-02", "Operation Note", """
UMTHOMBO ACADEMIC HOSPITAL - GENERAL SURGERY OPERATION NOTE
Date: 2 February 2021    Surgeon: Dr M. Dlamini (Reg)   Asst: Dr K. Naidoo (intern)

Procedure: open insertion of Tenckhoff PD catheter (double cuff).
Indication: ESKD (HIVAN) to start CAPD; no HD access available.
Background: RVD+ on TLD since 2016, VL LDL. Not diabetic - impaired fasting glucose
only (HbA1c 5.9), no treatment. No warfarin.
GA. Left paramedian incision below umbilicus, anterior rectus sheath opened, catheter
tip to pelvis, deep cuff in rectus muscle, tunnelled to exit site in the L lower quadrant.
Flushed, good free flow. Sheath closed with Vicryl, subcuticular Monocryl to skin.
Opsite over wound.
Post-op: Panado 1 g QID, flush catheter twice weekly, start PD in 2/52.
"""),
("2021-03-10", "CAPD Clinic Note", """
CAPD TRAINING CLINIC  10/03/21  Sr. Mokoena / Dr H. Joubert (renal MO)

39M, CAPD since 16/02/21, 4 exchanges of 1.5% daily. Drains well, clear effluent.
C/o very painful hardness beside the catheter wound since 01/03/21.
O/E: L lower abdomen, roughly 3 cm lateral to the paramedian scar: 4 x 3 cm woody
plaque, mottled purple surface, small central black scab. ES clean and dry,
tunnel non-tender.
72kg, BMI 24.0.
Labs: Ca 2.68, PO4 2.5, PTH 140 pmol/L, albumin 27.
Imp: ?tunnel infection  ?early calciphylaxis
Plan: PD fluid MC&S, cloxacillin, derm referral, repeat bloods.
"""),
("2021-03-24", "Dermatology Consult", """
DERMATOLOGY (Dr. F. Essop, consultant)   24-03-2021
Seen at request of renal team.

Plaque has broken down into a 5x3.5cm ulcer capped by eschar, still centred just
lateral to the Tenckhoff incision in the L lower abdomen.
Biopsy 16/03/21: calcified arterioles with thrombosis in the subcutaneous fat;
PAS/ZN and tissue culture negative.
Dx: calciphylaxis, arisen in the operative field of the PD catheter insertion.
No DM. No warfarin. Normal BMI.
Plan: renal to arrange STS; stop calcium carbonate; consider cinacalcet and refer
endocrine surgery re PTH; wound clinic; no adhesive plasters on the ulcer.
"""),
]}

P07 = {"patient_id": "P07", "age": 52, "sex": "M", "notes": [
("2023-11-14", "Casualty Note", """
CASUALTY - MLIMA LEVEL 4 HOSPITAL   14/11/2023  21:40   Clinical Officer: Mwangi D.

52M, pillion passenger on a boda boda, knocked off at low speed this evening, fell onto
the tarmac. No LOC, no vomiting. Hx: DM2 on Mixtard, ESRD on HD (Tue/Fri) at county
renal unit.
O/E: GCS 15/15. Abrasion (road rash) R anterior shin 7 x 3 cm, superficial, grit in
wound. Small graze L palm. No bony tenderness; ankle and knee stable.
X-ray R tib/fib: no fracture.
Mx: wound irrigated with saline, grit removed, left open to air.
Inj. TT 0.5ml given IM, L deltoid. Paracetamol 1g TDS.
Review at local dispensary after 3 days; return sooner with fever or pus.
"""),
("2023-12-18", "Haemodialysis Unit Review", """
RENAL UNIT - HD review   18 Dec 2023   (Dr. Achola F., MO)

52M on HD 2x/wk, DM2 (Mixtard 20/10), HTN. BMI 27.5.
The road traffic graze on his R shin from mid-November was healing, but since
Jamhuri Day the area has become intensely painful and turned black.
O/E: R anterior shin - necrotic black plaque 6x4cm, violaceous lacy border, at
the site of the old abrasion; no pus. Foot pulses palpable, CRT < 2 s.
Ix: phos 2.7, Ca 2.6, iPTH 95.
Imp: ?calciphylaxis vs infected abrasion
Plan: derm referral - biopsy please; CaCO3 off; cloxacillin 500mg QID.
"""),
("2024-01-08", "Dermatology Clinic", """
DERMATOLOGY CLINIC   08.01.2024

Punch bx (R shin, 22/12/23): calcium encrusting arteriolar walls, subcutaneous level,
clotted lumina, necrosis - calciphylaxis.
Shin ulcer now 7 x 4 cm, black eschar, no cellulitis.
Assessment: R shin calciphylaxis, arising in the traumatic abrasion of
14/11/23 (onset of pain and blackening 12/12/23).
Bloods since stopping CaCO3: Ca 2.41, PO4 2.2, PTH 101 pmol/L. Not on warfarin.
Pain 6/10, poor sleep. Sugars erratic on Mixtard - diabetic educator to review.
Plan: IV sodium thiosulphate with HD (NHIF approval received), increase HD to 3x/week,
analgesia, dressings at the renal unit, foot care education.
Review 4/52.
"""),
]}

PATIENTS = [P01, P02, P03, P04, P05, P06, P07]
