"""probe225 corpus notes, C08-C14 (infection prevention, line surveillance and the clinics around them; all invented)."""

C08 = {"patient_id": "C08", "age": 69, "sex": "M", "notes": [
("2018-09-15", "Isolation Precautions Note", """
IP isolation check  4N-418      9/15/18
Pt: 69M, admitted 9/8 w/ CHF exacerbation; ESRD, dialyzed via a R IJ TDC.
Indication: VRE - rectal surveillance swab pos 9/11. Contact precautions: gown + gloves,
dedicated commode and equipment, daily quat wipe-down of high-touch surfaces.
Compliance: 2 of 3 entries observed fully compliant; one PT aide missing a gown -> coached.
Event from night shift: at ~0200 on 9/14, getting up, his L shin struck the bedside
commode's steel leg; 2 cm abrasion L mid-anterior shin, small bleed, cleaned,
foam dressing on. Safety report filed by RN. Commode swapped for a padded model.
Hx: no DM. Was on warfarin for AF until 2017, now apixaban. BMI 24.2.
"""),
("2018-10-19", "Wound Clinic Note", """
WOUND CLINIC - new pt      10/19/2018
Sent over by Westgate Dialysis (charge RN Marisol) re: L lower leg wound.
Hx: pt and wife say the skin where he scraped his shin on the hospital commode in mid-Sept had
"almost healed", then early October it turned purple, got very painful and went black.
Exam: mid-anterior L shin (tibial crest): dry black eschar 3.4x2.8cm w/ irregular stellate
violaceous border; halo of retiform purpura; no undermining. R leg intact. DP/PT palpable
bilat. ABI 1.1.
Pain 7/10.
Impression: necrotic ulcer L shin at the old abrasion - suspect calciphylaxis in an HD
pateint; arterial less likely.
Plan: bx via derm; no debridement until dx; dry dressing; elevate when seated.
"""),
("2018-10-26", "Dermatology Consult", """
Derm  -  10/26/18
69 M ESRD (HD MWF), former warfarin user (AF, switched 2017), BMI 24.2.
Punch bx L shin edge 10/22/18: von Kossa-positive rims around small fat vessels,
microthrombi, necrotic fat -> calciphylaxis.
Comment: the lesion came up in the exact spot of the commode abrasion from 9/14 - textbook
koebnerization of calciphylaxis at a minor traumatic injury.
Plan:
- Na thiosulfate 25g IVPB each HD (Westgate has the order)
- calcium binders off; lanthanum instead
- labs: iPTH, 25-hydroxy D
- compression wraps NOT recommended; loose gauze only
- f/u 3 wk
"""),
]}

C09 = {"patient_id": "C09", "age": 57, "sex": "F", "notes": [
("2019-06-04", "Dialysis Catheter Exit-Site Surveillance", """
HD UNIT - INFECTION CONTROL: catheter exit-site event      06/04/2019
Pt: 57F, HD MWF via L IJ tunneled catheter (placed 3/2019 while her R arm AVF, created 4/2019,
matures).
Finding at tx: exit-site erythema 1.5 cm, serous crust, no pus, tunnel nontender. T 37.0.
Swab cx: MSSA. BCx x2 drawn from the circuit - no growth at 5 d.
NHSN Dialysis Event: local access infection (exit site) -> entered; no IV abx; topical
mupirocin + CHG dressing.
Other: DM2 on insulin glargine/lispro, self-injects, always into the L thigh ("it's the easy
side from my chair"); BMI 34.0; no anticoagulation.
Hand hygiene audit at this chair: 4/4.
"""),
("2019-07-15", "Nephrology HD Rounding Note", """
Renal - HD rounds      7/15/19
c/o R thigh pain x ~3 wk, sharp, worse at night, now an open area.
Exam: R lateral thigh: two merging indurated violaceous plaques 5x4 and 3x3cm w/ central
ulceration and thin black eschar, surrounding livedo. L thigh: soft lipohypertrophy at her
insulin sites, no discoloration.
Exit site L chest healed.
Labs: iPTH=760, P=7.9, Ca=9.2, albumin 3.0.
Imp: ?calciphylaxis R thigh.
Plan: derm referral, STS to be considered, increase sevelamer, no calcium.
Pre-HD 142/76, HR 80, afebrile. Still running via the L IJ TDC; AVF trial cannulation next week.
"""),
("2019-07-23", "Dermatology Consult", """
Derm      23 Jul 2019
Bx R lateral thigh (7/17): subcutaneous capillaries and arterioles calcified, thrombi, necrosis -
confirms calciphylaxis.
Hx per pt: R thigh never used for shots (insulin = L thigh, always); denies falls there,
heat, or snug clothing.
Exam: R lateral thigh ulcers as described, eschar thicker. L thigh: rubbery lipohypertrophy at the
injection zone; skin colour normal, no necrosis.
A/P: R lateral thigh calciphylaxis; no local trauma identified.
- STS with HD
- wound care: collagenase, foam
- insulin: may continue in the L thigh; keep away from the R thigh
- f/u 2 wk
"""),
]}

C10 = {"patient_id": "C10", "age": 49, "sex": "M", "notes": [
("2022-03-22", "PD Clinic Note", """
PD CLINIC      3/22/2022
49M, ESRD 2/2 FSGS on CCPD since 2019, mechanical AVR on warfarin (INR range per cards 2.5 to 3.5),
prediabetes (HbA1c 6.1%, diet advice only, not diabetic).
S: R calf has hurt since early March - first a lacy purple blotch, now a hard lump with a
sore in the middle. No trauma he can recall. No fever, effluent clear.
O: 150/90; 121kg (BMI 38.2). R posterior calf: firm tender nodule 4x3cm, 1 cm central
ulcer, livedo racemosa around it. L calf clear. Exit site clean.
Labs: INR 3.3; iPTH=540, P=6.2, Ca=9.6 on 3/18.
A/P: ?calciphylaxis R calf (warfarin, obesity, ESRD). Urgent derm bx. Hold calcium. Cardiology
re warfarin - can't stop it (mechanical valve).
"""),
("2022-03-30", "Dermatology Clinic Note", """
Derm clinic      3/30/22
Biopsy R posterior calf (3/24): subcutaneous arteriolar calcification with thrombus, fat
necrosis; von Kossa + -> calciphylaxis.
Exam: R calf nodule unchanged, ulcer 1.3 cm, dry base.
Impression: R calf calciphylaxis; he is on PD and must stay on warfarin (valve).
Plan: STS IV M/W/F at the Elm St infusion suite (no HD circuit on PD),
vitamin K2 talk with cardiology, wound clinic, oxycodone 5 mg prn. Warned to guard that leg
from knocks and falls.
Vitals 146/88, afebrile. Copy to PD nurse Tamsin.
"""),
("2022-04-04", "Infection Prevention - Isolation Note", """
IP isolation note - 7W rm 733      04/04/2022
Admitted 4/1 w/ PD peritonitis (cloudy effluent, WBC 2,400, 90% PMN). Effluent cx: ESBL
Klebsiella pneumoniae -> contact precautions per MDRO policy, dedicated equipment, EHR flag.
Hand hygiene/PPE observed x4 - all compliant.
Private room with own bathroom.
Incident (FYI): on 4/2/22 pt slipped stepping out of the shower in his room and hit his R calf
on the toilet bowl edge; the existing calf ulcer bled and the skin split just below it. Floor
was wet - EVS notified about drying the floor after bathing.
Abx: intraperitoneal meropenem; PD catheter retained for now.
"""),
("2022-04-12", "Wound Care RN Note", """
Wound RN - 4/12/22 inpatient
R posterior calf calciphylaxis ulcer now 3.1x2.4cm (1.3 cm on 3/30), bigger since the fall
injury on 4/2; base 60% yellow slough, 40% black; periwound livedo; moderate serous drainage.
Done: light bedside removal of the loose slough with forceps/scissors (derm OK'd), cleansed
with hypochlorous solution, hydrofiber + silicone foam; tubular stockinette, no tape on skin.
Pain 6/10 before premed.
ESBL contact precautions - supplies kept in room.
Plan: dressing q2d, elevate leg, float heels. Re-measure on 4/19.
"""),
]}

C11 = {"patient_id": "C11", "age": 61, "sex": "F", "notes": [
("2023-09-05", "Dermatology Consult", """
DERMATOLOGY CONSULT (inpt)      9/5/23
61F, hemodialysis (Tue-Thu-Sat) for ESRD; insulin-dependent DM2 - alternates R/L posterior upper
arm for her pen; BMI 44.3, morbid obesity.
Reason: painful black wound L flank.
HPI: began mid-August as a purple "bruise" that went hard and then black.
Exam: L flank, from the lower ribs down toward the iliac crest: necrotic plaque 8x6cm, thick
black eschar, retiform purpura at margin, exquisitely tender; second smaller 2 cm plaque just
below. Arms: no lesions at the injection sites.
Assessment: L flank calciphylaxis - clinical diagnosis.
Plan: 6mm punch x2 today; STS with HD; surgery consult for debridement given size and
eschar; pain regimen per palliative.
"""),
("2023-09-20", "Infection Prevention - SSI Review", """
IP SURVEILLANCE REVIEW      20-Sep-2023
Requested by surgery: ?SSI after OR debridement.
Procedure 9/12/23, OR 6: excision of necrotic tissue from the L flank calciphylaxis wound (skin
and subcut only). Path: calciphylaxis confirmed, calcified vessels at the margins.
NPWT (wound vac) applied 9/14, -125 mmHg continuous.
9/18: purulent drainage at the inferior wound edge; cx Enterobacter cloacae (AmpC).
NHSN: debridement of skin/soft tissue is not an NHSN operative procedure category -> not
reportable as SSI; logged internally as a wound infection.
Precautions: standard only (not on our MDRO list). Wound vac canister disposal per policy
reviewed with RN.
Abx: cefepime per ID.
"""),
("2023-10-03", "Wound Care RN Note", """
WOUND RN      10/3/2023
L flank wound (post-debridement calciphylaxis): 9.5x7.0x1.2cm, 80% beefy red granulation,
20% adherent yellow, small dark area at superior pole; no purulence today.
NPWT changed: black foam x1, drape to periwound after skin prep; seal holding at -125.
Periwound: no maceration; mild erythema 1 cm.
Inferior satellite plaque: dry eschar, left open to air with skin prep.
Insulin sites upper arms: clean.
Plan: NPWT M/W/F; STS continues at HD; surgery f/u 2 wk.
Afebrile x72h; cefepime day 12 of 14.
"""),
]}

C12 = {"patient_id": "C12", "age": 72, "sex": "M", "notes": [
("2021-01-12", "Nephrology HD Rounding Note", """
HD ROUNDS      1/12/21
72M ESRD on HD (MWF, R brachiocephalic AVF); DM2 handled with diet for now (A1c 6.9) -
insulin only if it rises; DVT 10/2020 on warfarin.
S: both inner thighs painful since the start of January, skin "going purple". He has had no
shots in the thighs; heating pad and ice denied; no falls; no tight belts or braces.
O: BMI 30.4 (98.6kg/180cm). 136/74. Medial thighs bilat: netlike violaceous plaques,
R 10x6cm and L 8x5cm, each ulcerated centrally (small).
Labs: INR 2.6; iPTH=1310, P=7.2, Ca=9.0.
A/P: likely calciphylaxis. Hold warfarin from today, talk about bridging; derm biopsy; no
Ca-based binder.
"""),
("2021-01-19", "Dermatology Consult", """
DERM      1/19/2021
Bx L medial thigh 1/14: calcification of subcutaneous small arteries + thrombosis ->
calciphylaxis, confirmed.
Exam: bilateral medial thigh plaques enlarging, R ulcer now 2 cm.
Counselling: keep needles, heat and cold off the thighs; if enoxaparin is chosen for
anticoagulation, give it in the abdomen; keep clothing loose.
Plan: thiosulfate on dialysis days, local wound care, analgesia.
Warfarin stays on hold.
Vitals 132/70, afebrile. Photos taken for the chart. Went over the outlook with him and his
wife - healing, if it comes, takes months.
"""),
("2021-01-28", "Infection Prevention - Vascular Access Consult", """
IP CONSULT - vascular access planning      1/28/21   (MICU)
72M admitted 1/27 with sepsis, likely source an infected R medial thigh ulcer (BCx pending).
Team asks where to put a CVC; femoral was proposed.
IP rec: avoid the femoral site - open necrotic wounds on both medial thighs, high contamnation
risk; prefer R IJ under US with full barrier; same for any temporary HD catheter.
As of this note no central line has been placed; two peripheral IVs in the L forearm.
Enoxaparin 30 mg SC daily ordered to start tomorrow (warfarin still held) - RN to use the
abdomen, not the thighs.
Contact precautions not indicated (no MDRO); wound cx pending.
"""),
]}

C13 = {"patient_id": "C13", "age": 65, "sex": "F", "notes": [
("2020-05-11", "HD Unit Infection Control - Catheter Care Audit", """
HD UNIT IC - catheter care audit      5/11/2020
65F, HD-dependent (Mon, Wed, Fri) through a tunneled cuffed R IJ catheter, placed
02/03/2020 by IR; exit site on the R upper chest, infraclavicular.
Observed connect: mask on pt and RN, 15-second hub scrub with CHG/alcohol, sterile caps -
compliant.
Exit site: clean, no erythema, no crust; CHG-impregnated dressing, dated.
Plan: L arm AVF created 3/2020, maturing; pull catheter once cannulation succeeds.
HBV immune (anti-HBs 88). No MDRO.
PMH: ESRD (ADPKD), HTN. No DM. Anticoagulant: none. BMI 26.1.
"""),
("2020-06-22", "Infection Prevention - Exit-Site/Tunnel Evaluation", """
IP eval, requested by HD charge RN: "?tunnel infection - black wound near the catheter".
Findings 6/22/20: exit site at R infraclavicular chest - dry, no erythema, no pus; tunnel
tract palpated over the clavicle - nontender.
Separate lesion: R breast, upper outer quadrant, ~7 cm lateral and below the exit site:
necrotic plaque 4x3.5cm, black center, violaceous reticulated rim; per pt it showed up
ten days back and hurts exquisitely.
Not contiguous with tunnel or exit site.
BCx x2 from circuit: NGTD. T 36.9. WBC 8.1.
Assessment: not a catheter-related infection; does not meet the dialysis event definition.
Suggest breast clinic / derm evaluation.
"""),
("2020-06-30", "Dermatology Consult", """
DERM      6/30/20
65F ESRD/HD (ADPKD). Lesion R breast UOQ.
Bx 6/24/20: calcified small arteries within mammary adipose tissue, thrombosis, fat necrosis; no
malignancy. Mammogram: vascular calcifications both sides.
Dx: calciphylaxis of the breast.
Relation to catheter: none - lesion sits on the breast, well away from the chest-wall exit
site; no earlier trauma to the breast (no prior biopsy, no injury).
Plan: STS with HD, analgesia, alginate + foam dressing, soft bra without underwire.
BMI 26.1. Pain 7/10 on tramadol -> low-dose oxycodone after HD.
"""),
]}

C14 = {"patient_id": "C14", "age": 59, "sex": "M", "notes": [
("2024-02-08", "Central Line Maintenance Audit", """
CVC MAINTENANCE AUDIT - SICU 8      02/08/24
Line: R IJ triple-lumen CVC, inserted 2/2/24 in OR, line day 7. Necessity: TPN + pressor wean
-> justified.
Dressing change observed: removal of the CHG-gel transparent dressing tore the skin - 2 x 1 cm
skin tear (MARSI) on the R upper chest just below the insertion; flap laid back, silicone
border dressing applied; adhesive remover to be used from now on.
Hubs: disinfecting caps on all 3 lumens; tubing labeled and dated.
CHG bath: done 2/7 and 2/8.
Pt: 59M, ESRD, dialyzes through a L forearm fistula; s/p ex-lap for small bowel obstruction 2/2.
"""),
("2024-02-14", "Wound Care Consult", """
WOUND CARE CONSULT      2/14/2024
Asked to see leg wounds + chest skin tear.
1) Back of both calves: several stellate necrotic ulcers capped by black eschar - L 3x2cm;
R 4x2.5cm plus 1x1cm - with retiform purpura and livedo in between. Pt dates them to about a
week before this admission; very painful.
2) R upper chest skin tear below the CVC: 2x0.8cm, pink base, edges adhering, healing well.
3) Abdomen: scattered little bruises where the enoxaparin has gone in; flat, no induration,
no necrosis.
VS: 37.4 / 96 / 118/62.
Plan: calves - no debridement until derm sees; nonadherent layer + loose wrap. Chest - silicone
foam. Abd - nothing needed.
"""),
("2024-02-20", "Dermatology Consult", """
DERM CONSULT      20 Feb 2024
59M ESRD on HD, DM2 (glipizide), obesity (BMI 32.0), post-op SBO.
Punch bx L posterior calf 2/15: subcutaneous small vessels calcified, fibrin thrombi in lumens,
necrotic fat - calciphylaxis.
Other skin: the R chest wound is an adhesive tear from the CVC dressing, healing, clinically
not calciphylaxis; abdominal injection bruises benign. No trauma ever to the calves - no SCDs
(pt refused), no falls, nothing injected there.
Dx: calciphylaxis of both calves, no local trauma.
Plan: STS at HD, stop Ca binders, wound RN, pain.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
