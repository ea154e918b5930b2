"""probe20 corpus notes, T01-T07 (clinic letters and ward notes from outside the US; all invented)."""

T01 = {"patient_id": "T01", "age": 71, "sex": "F", "notes": [
("2019-03-04", "GP Referral Letter", """
Harrowfield Medical Practice
14 Beckside Lane, Otterley
4th March 2019

Dear Renal Team / Dermatology,

Re: Mrs Glenys PRITCHARD   DOB 11/06/1947   NHS no. 482 113 9075

Could I ask you to see this 71 year old lady urgently, please. She dialyses at the Otterley satellite unit on Tuesdays, Thursdays and Saturdays (kidney failure secondary to diabetic nephropathy) and has been a type 2 diabetic for close on thirty years, on Humulin I twice daily since September 2017.

She came in this morning with an exquisitely sore patch low on her tummy, to the left, which she first noticed on Valentine's Day. She is right-handed and tells me she has always put her insulin into that side - "it's the bit I can see best". On examination there is a 5 cm hard, mottled purple plaque left of the umbilicus, below the belt line, with a dusky grey-black centre roughly the size of a thumbnail. Exquisitely tender. Apyrexial, and I could not see any spreading redness.

Given her background, my fear is calciphylaxis. I have told her to stop injecting into that area for the time being.

PMH: ESRF on HD, T2DM, hypertension, hypothyroidism, OA knees
Meds: Humulin I, sevelamer, alfacalcidol, levothyroxine, amlodipine, paracetamol PRN. Not anticoagulated.
Wt 88 kg, BMI 33.1

Yours faithfully

Dr Anwen Holloway
GP Principal
"""),
("2019-03-07", "Renal Ward Round", """
Renal WR  07/03/19   Cons: Dr Mbeki-Hart   Reg: Dr Sandhu
71F ESRF on HD (Tu/Th/Sa, L) brachiocephalic AVF), T2DM on insulin.
Adm via A&E overnight c/o worsening pain L) lower abdo lesion x 3/52, not sleeping.
o/e alert, T 37.1, HR 88
  L) iliac fossa / lower abdo wall -> 6x4cm indurated violaceous plaque, central black eschar ~2cm, livedoid rim. ++tender
  No other lesions seen. Feet intact.
  Ca 2.61  PO4 2.3  PTH 68
Imp: ?CUA at insulin inj site
Plan:
 - derm r/v today ?punch bx
 - insulin into R) thigh from now, NOT abdo
 - Ca-containing binders stopped
 - STS discussed w/ cons, await bx
 - analgesia: oxycodone 2.5mg 4hrly PRN + regular paracetamol
 - TVN re dressing
"""),
("2019-03-15", "Dermatology Clinic Letter", """
Department of Dermatology, St Aldhelm's Hospital
Consultant: Dr Priya Venkataraman
Dictated 15/03/2019   Typed 18/03/2019

Diagnosis: Calciphylaxis (calcific uraemic arteriolopathy), biopsy-proven, left lower abdominal wall

Dear Dr Holloway,

I saw Mrs Pritchard on the renal ward at your request. On 8th March, under local anaesthetic, I removed an ellipse of skin and fat at the rim of her left lower abdominal plaque. Our pathologist, Dr Okonjo, found calcified arteriolar walls deep in the fat, intimal thickening, occluding thrombus and lobular fat necrosis; von Kossa staining was positive. This is diagnostic of calciphylaxis.

Of note, the lesion lies precisely in the area of skin that she has used for her Humulin injections for the last eighteen months, and I suspect the repeated needling localised the disease here (a Koebner-type response). Onset was 14/02/2019 by her account.

The renal team have commenced sodium thiosulfate, given at the end of every haemodialysis. Her weight was re-checked on the ward at 85 kg (BMI 31.9). Please ensure all future insulin goes into the thighs, rotating sites, and that the abdominal wall is avoided entirely.

Kind regards

Dr P Venkataraman FRCP
Consultant Dermatologist
cc Dr R Mbeki-Hart, Consultant Nephrologist
"""),
]}

T02 = {"patient_id": "T02", "age": 64, "sex": "M", "notes": [
("2021-08-19", "GP Consultation", """
Banksia Road Family Practice - consult notes
Pt: Mr Darren Kowalczyk, 64
Reason for visit: sore on R knee

Hx: ESKD 2nd to IgA nephropathy, on APD overnight at home. Marevan for AF (INR 2.4 last wk at the path lab). Not diabetic. OA both knees, R worse.
Has been heating a wheat bag in the microwave and wrapping it round the R knee every night in bed since the start of winter, "only thing that lets me get off to sleep". 3 weeks ago or so he noticed a tender red-purple blotch just below that kneecap, which has since gone dark in the middle and now weeps. Pain 8/10, worse than the arthritis ever was.
o/e R anterior knee just below patella: 4 x 3.5 cm firm purpuric plaque w/ central black necrotic area 1.5 cm, netlike purple margin. Faint brown lacy pigmentation around it (toasted skin). L knee normal.
Afebrile. BMI 28.4 (overweight).
Assessment: ? burn from wheat bag vs calciphylaxis - on PD and Marevan so worried re the latter.
Plan: wheat bag to go in the bin. Urgent derm referral + letting his renal physician know. Paracetamol 1 g qid. Practice nurse for dressing. Review 1/52.
"""),
("2021-08-24", "PD Unit Nursing Note", """
Home Therapies Unit - clinic review
Darren seen in clinic with wife Shelley. APD cycler going well, drainage fine, exit site looks healthy, tunnel not tender.
Main issue is the R knee wound - GP has already sent a derm referral. Measures 4.2 x 3.8cm today, black eschar centrally, halo of dusky purple skin. V painful to touch, pt won't bend the knee fully.
Shelley confirms the wheat bag went on the right knee every night from early June until the GP told him to stop last week.
D/w Dr Farrant (renal) - phosphate 2.1, Ca x P product high. Dr F to review the Marevan given concern for calciphylaxis.
Weight 86.2kg.
"""),
("2021-09-02", "Dermatology Letter", """
Dermatology Department, Coastal Regional Hospital
2nd September 2021

Dear Dr Nguyen,

RE: Darren KOWALCZYK   UR 0091733

Diagnosis: Calciphylaxis of the right knee, confirmed on histology

Darren attended on 27 August. His story is of nightly application of a microwaved wheat bag to the right knee from early June 2021, followed by a painful violaceous plaque on the front of the same knee from about 29 July. My 6mm punch, plaque edge, shows calcified small vessels, dermal and subcutaneous, plugged with fibrin thrombi, and von Kossa confirms the calcium. Histology gave no support to a thermal burn.

In my view the heat exposure has determined where the calciphylaxis declared itself. The renal team have ceased Marevan and switched him over to apixaban, and IV sodium thiosulphate is being organised through the PD unit.

Kind regards,

Dr Helena Ostrowski FACD
"""),
]}

T03 = {"patient_id": "T03", "age": 77, "sex": "F", "notes": [
("2023-05-22", "District Nursing Visit", """
District Nursing - home visit, Te Awa Street
Client: Mrs Ngaire Thompson, 77 yrs
Reason: leg review / compression

Mrs T has been wearing class 2 below-knee compression stockings since ANZAC Day for her leg swelling - I fitted them that morning (25/04) as per the GP's request. Today she asked me to look at her calves: since around mid-May both legs have come up in very painful purple mottled patches, mainly under the stocking's upper band. L) calf has a 3cm black centre; R) calf is similar but smaller with the skin still intact. She was tearful with the pain and can't tolerate the stockings any more - removed and NOT re-applied.
Background: kidney failure, haemodialysis 3x week at the Riverbend satellite, T2 diabetes on Lantus 30u nocte, BMI 36.
Rang her GP and the renal charge nurse. Advised to go in to ED if pain worse. Photos uploaded to the shared record.
"""),
("2023-05-29", "Renal Registrar Admission Note", """
Renal reg clerking - Ward 7   29/5/23  22:40
PC: painful bilat calf lesions, worsening
HPC: 77F, ESKD (HD, MWF), T2DM needing insulin. Compression stockings put on 25/4 by DN for oedema -> painful mottled patches both calves from mid-May, right under the stocking bands. Now necrotic. Stockings off since 22/5.
No fevers. Nil other trauma. NKDA.
O/E: BLE - L) posterior calf 5x3cm necrotic ulcer w/ eschar, surrounding livedo. R) calf 3x2cm violaceous indurated plaque, early central necrosis. Pedal pulses palpable bilat.
Bloods: CRP 48, Ca 2.48, PO4 2.2, PTH 94
Imp: ?calciphylaxis at compression sites. DDx vasculitis; warfarin necrosis unlikely (never been on it).
Plan: derm for bx, wound care, pain team, STS if confirmed, hold calcium-based binder.
"""),
("2023-06-12", "Discharge Summary", """
DISCHARGE SUMMARY - Riverbend Hospital, Renal Services
Patient: Ngaire THOMPSON   NHI: KBT4417   Admitted 29/05/2023   Discharged 12/06/2023
Principal diagnosis: Calcific uraemic arteriolopathy (calciphylaxis), both calves - biopsy confirmed

Summary: Admitted with painful necrotic lesions on both calves that developed in the middle of May, roughly three weeks after class 2 compression stockings were started on 25 April. Skin biopsy (L calf, 31/05) showed arteriolar medial calcification with thrombosis, in keeping with calciphylaxis. Dermatology felt the constant pressure from the stocking bands was the likely reason the lesions appeared exactly where they did.
STS 25 g IV was run in after every HD session; binder changed to a non-calcium one; cinacalcet started. Wounds dressed by nursing staff, and plastics did a sharp debridement of the L calf eschar on 7/6.
Compression hosiery is contraindicated - please do NOT reapply.
Weight on discharge 94 kg (BMI 35.7). Insulin glargine reduced to 24 units at night.
F/U: renal OPD in 2/52; wound nurse every week; derm 6/52.
"""),
]}

T04 = {"patient_id": "T04", "age": 58, "sex": "M", "notes": [
("2021-05-20", "Surgery OPD Note", """
Dept of General Surgery - OPD
Date: 20/05/2021
Name: Mr. Ramesh Kuppusamy   Age/Sex: 58/M   UHID 20-118734
C/o pain and blackish discolouration over right groin operative scar x 1 week.
Underwent open right inguinal hernioplasty (Lichtenstein mesh repair) in our unit on 12/03/2021; wound healed well, sutures removed POD 10.
K/c/o CKD stage 5 on MHD twice weekly (Tues/Sat), T2DM on inj. Mixtard 30/70 BD, HTN, on tab. Acitrom 2 mg for LV clot since last year.
O/E: Right inguinal region - along medial two-thirds of the scar, 5 x 2 cm area of dusky violaceous skin with central black eschar, surrounding induration, extremely tender. No discharge, no cough impulse, mesh not palpable.
Imp: ? stitch abscess / ? wound ischaemia / ? calciphylaxis (CKD pt)
Adv: USG local part, PT-INR, refer Nephrology & Dermatology. T. Paracetamol 650 mg SOS.
"""),
("2021-05-27", "Nephrology Consultation", """
NEPHROLOGY REFERENCE - reply
Seen Mr Ramesh K., 58M, ESRD on maintenance haemodialysis (AVF L forearm) x 2 yrs, DM on insulin.
Lesion R groin scar since ~13/5 -> now 6x3 cm necrotic ulcer with eschar, livedo at margin. USG: no collection, no mesh infection.
Labs: Ca 10.2 mg/dL, PO4 7.8 mg/dL, iPTH 1120 pg/mL, ALP raised. Presently on calcium acetate.
Impression: Calciphylaxis strongly suspected, localised to recent surgical scar.
Advice:
1. Skin biopsy - derm
2. Stop calcium acetate -> sevelamer 800 mg TDS
3. Inj. sodium thiosulphate 12.5 g IV post HD
4. Increase HD to thrice weekly
5. Acitrom (acenocoumarol) - discuss with cardiology re: alternative
"""),
("2021-06-05", "Dermatology Inpatient Review", """
Dermatology - inpatient review   05/06/2021
Mr Ramesh Kuppusamy, 58 M
Biopsy (wedge, R inguinal scar, 29/05/21) HPE: subcutaneous small vessels with circumferential medial calcification, fibrin thrombi and septal panniculitis, fat necrosis present. Von Kossa +. No organisms. FINAL: consistent with CALCIPHYLAXIS.
Comment: lesion confined to the incision line of the March hernia repair; rest of the skin normal. Surgical trauma probably acted as the trigger (Koebnerisation).
Wt 74 kg  Ht 165 cm  (BMI 27.2)
Plan: continue STS, daily dressing, analgesia. Patient and relatives counselled regarding prognosis. F/u derm OPD after 2 weeks.
"""),
]}

T05 = {"patient_id": "T05", "age": 52, "sex": "F", "notes": [
("2022-10-09", "Casualty Note", """
CASUALTY - Umhlanga Ridge Hospital
Sun 09/10/2022 14:20
52F
PC: painful sore L forearm
HPI: scratched L) forearm on a bougainvillea hedge while pruning in her garden on Heritage Day (braai day). Tiny scratch, closed over within days. From 4/10 the same spot became hard, purple and extremely sore; now has a black crust. No fever, no rigors.
PMHx: CKD 5D on HD (Mon/Wed/Fri at the Greenacres unit, 4 yrs), HPT, previous DVT 2018 - was on warfarin for 6 months, then stopped. No DM. Morbid obesity (BMI 41).
O/E: afebrile, sats 97% RA. L) dorsal forearm mid-third: 4x3cm stellate purpuric plaque, central black eschar 1cm, hard subcut nodule palpable. Not fluctuant, no lymphangitis.
Imp: ? infected scratch / cellulitis vs ? calciphylaxis
Plan: Augmentin, analgesia, admit under medical team, ask derm to see
"""),
("2022-10-11", "Medical Ward Round", """
Med WR day 2   11/10/22
52F HD pt, L) forearm lesion
S: pain ++ despite tramadol. No better on Augmentin.
O: Afeb. L) forearm plaque bigger -> 5x4cm, eschar unchanged, livedo creeping up towards the elbow.
   Ca 2.7 (corr), PO4 2.4, PTH 140 pmol/L ?? -> repeat
A: Not behaving like cellulitis. Strong suspicion calciphylaxis at site of thorn scratch 24/9.
P: - stop Augmentin
   - derm bx tmrw
   - renal aware -> ?STS
   - pain: switch to low dose hydromorphone
   - sign above bed: no BP cuff L arm
"""),
("2022-10-20", "Dermatology Consultation", """
Dermatology consult - Dr S. Naidoo
20 Oct 2022
Histology of the 4 mm punch from the left forearm plaque (12/10) is back: small vessel mural calcification and occlusive thrombi in the subcutis, with fat necrosis - calciphylaxis confirmed.
She is clear that the plaque started on 4 October, ten days after the thorn scratch of 24 September in exactly the same place, and that nowhere else has been affected. Trauma-induced localisation seems likely.
Plan as agreed with nephrology: STS 3x/wk on dialysis, cinacalcet, non-calcium binder, non-adherent dressings, avoid any knocks or scratches to the arms.
Weight 109 kg.
"""),
]}

T06 = {"patient_id": "T06", "age": 66, "sex": "M", "notes": [
("2020-01-28", "GP Letter", """
Knockmore Medical Centre
28th January 2020

Dear Registrar,

Re: Mr Declan Fogarty, 66 yrs, 12 Ardnagh Park

I'd appreciate your opinion on Declan, who is on peritoneal dialysis (CAPD, four exchanges a day) under your unit. He was diagnosed with a left leg DVT just before Christmas and has been on tinzaparin injections since St Stephen's Day, which he gives himself into the front of each thigh, alternating sides.

From roughly mid-January he has developed exquisitely painful, hard, purple areas on both thighs where he has been injecting. The right one now has a black centre. He is not a diabetic. He was never started on warfarin because of his history of a GI bleed.

He is a big man - weight 98 kg and BMI 30.0 at the practice today.

Calciphylaxis is my worry. Could you possibly see him this week?

Is mise le meas,

Dr Siobhan Ni Bhriain MICGP
"""),
("2020-02-03", "Renal SpR Ward Note", """
Renal SpR note  3/2/20
66M on CAPD (ESKD due to ADPKD), L) DVT 12/19 on tinzaparin
Hx: tinz into ant thighs bilat from 26/12 -> painful indurated lesions at the inj sites ~ mid Jan
o/e R) ant thigh 7x5cm indurated purpuric plaque, 2cm central eschar. L) ant thigh 4x4cm retiform purpura, no necrosis yet. Several old needle-mark bruises close by.
PD effluent clear. Exit site OK.
Imp: Calciphylaxis? - typical look, sites correspond to LMWH injections
Plan: - tinzaparin -> apixaban (d/w haem)
      - derm bx
      - increase PD clearance, stop calcium carbonate
      - STS (IP vs IV - to discuss w/ consultant)
"""),
("2020-02-14", "Discharge Letter", """
Renal Unit, Ballyrowan University Hospital
Discharge letter  14/02/2020

Dear Dr Ni Bhriain,

Declan went home today.
Diagnosis: calciphylaxis, anterior thighs bilaterally (biopsy 05/02/2020), at the sites of tinzaparin injection.

The skin biopsy from the right thigh showed calcified and thrombosed small vessels in the panniculus. We feel the daily self-injection from 26 December (tinzaparin for his DVT) governed where the lesions came up; they began in mid-January. His anticoagulation has been changed to apixaban 5 mg bd and he will continue IV sodium thiosulfate through the day ward three times a week.

BMI unchanged at 30.0. No diabetes. Please do not prescribe any subcutaneous injections.

Regards,
Dr Cathal Moran, Renal SpR, for Dr A. Keane, Consultant Nephrologist
"""),
]}

T07 = {"patient_id": "T07", "age": 74, "sex": "F", "notes": [
("2024-02-09", "Family Physician Visit", """
Maple Grove Family Health Team - Progress note
Date: Feb 9, 2024
Patient: Lorraine Beaudoin, 74 F
CC: "my shoulder has gone black"
S: Slipped on black ice outside the hardware store on January 8 and landed on her L shoulder. Big bruise; X-ray at the walk-in that day, no fracture. Has been icing it 3-4x/day with a gel pack from the freezer ever since. Bruise was fading to yellow by end of Jan. Then on Groundhog Day she noticed a very hard, extremely painful purplish patch in exactly the spot she'd been icing; now a dark crust in the centre.
PMH: ESRD on HD MWF (Kingsview dialysis), AFib on Coumadin (warfarin), HTN, gout. No diabetes.
O: L lateral shoulder over deltoid: 6 x 5 cm plaque, indurated and violaceous,, net-like edge, central black eschar 2 cm. ROM limited by pain. R shoulder NAD.
A: ? calciphylaxis (HD + warfarin) vs infected hematoma
P: Stop ice packs. Urgent referral nephro/derm - called Dr Tremblay's office. Tylenol 1 g TID. No NSAIDs.
"""),
("2024-02-12", "Nephrology Consult", """
Nephrology consult note - 12-Feb-2024
74F ESRD 2/2 hypertensive nephrosclerosis, HD x 6 yrs, warfarin for AF (CHA2DS2-VASc 5).
Reason: painful L shoulder lesion.
Timeline: fall onto L shoulder 08-Jan -> contusion -> cold packs daily -> new painful plaque 02-Feb, same site, progressing to necrosis.
Exam: L shoulder - necrotic eschar 2.5 cm within a 7 x 6 cm purpuric indurated plaque. No other skin lesions.
Labs: corrected Ca 2.52, phos 2.05, PTH 52, albumin 29.
Impression: Likely calciphylaxis; warfarin a major risk factor; localization probably from the trauma + cold.
Recs:
- stop warfarin -> apixaban
- biopsy (derm booked 20/02)
- STS 25 g IV during last hour of HD
- no more ice to the shoulder
"""),
("2024-02-20", "Dermatology Consult", """
Dermatology consultation
Date of visit: February 20, 2024
Mrs. Beaudoin returns after an incisional biopsy taken Feb 14 from the edge of the left shoulder plaque. Pathology: calcified media of small arterioles (subcutaneous fat), microthrombi, panniculitis. Diagnosis: calciphylaxis.
The lesion is limited to the site of her January 8 fall and the ice she kept applying afterward. I think both the contusion and the repeated cold contributed to where it developed.
Weight 62 kg, height 157 cm, BMI 25.2.
Plan: wound clinic (silver alginate), continue STS, pain service referral. RTC 4 weeks.
"""),
("2024-03-19", "Wound Clinic Note", """
Wound care clinic - visit 3
L shoulder calciphylaxis wound: 6.5 x 5 cm, eschar softening at edges, 20% slough at 3 o'clock, no odour, periwound skin mottled but intact. Pain 6/10 at dressing change (was 9).
Cleansed, silver alginate + bordered foam, changed q3 days by home care nurse.
Pt asks if she can use a heating pad for her neck - advised no heat or cold anywhere on the skin for now.
Next visit 2/52.
"""),
]}

PATIENTS = [T01, T02, T03, T04, T05, T06, T07]
