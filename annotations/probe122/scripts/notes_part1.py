"""probe122 corpus notes, F01-F07 (teaching-hospital admission H&Ps by students and interns; all invented)."""

F01 = {"patient_id": "F01", "age": 61, "sex": "F", "notes": [
("2019-11-04", "Admission H&P - MS3", """
MEDICINE ADMISSION H&P (student note, to be cosigned)
Pt: Ms. Loretta Vashchenko, 61F   Source: pt + her sister Bernadine + chart review   Team Orchid

CC: "the sore on my belly went all black, cant sleep from it"

HPI: 61 yo F w/ ESRD (dialysis chair at Eastgate unit Tue/Thu/Sat; R brachiocephalic fistula), T2DM - basal/bolus insulin -, HTN, obesity, who presents w/ a painful darkening lesion of the abdominal wall. Per pt this all began 3 weeks ago, initially a quarter-sized tender red-purple bump in the lower L part of her tummy. Over the following ~10 days it got harder, spread out into a "spiderweb" of purple, and the middle went dark. Pain is 9/10, burning, worse when her clothes rub on it, not really helped by the tramadol she had at home. She does her own Lantus and her mealtime Humalog and says she has "always" put every shot into her belly, L half - she's a righty and that's the easy spot to pinch up - she has done it that way since June of last year when her endocrinologist started insulin. Denies fevers, no drainage, no pus. No new meds except sevelamer dose went up in Aug. Sister says the dialysis unit told her last month her phosphorus was "sky high".

PMH: ESRD from DM kidney dz, on HD since 2016 | T2DM dx ~2004 | HTN | HLD | OSA, noncompliant w/ CPAP | obesity | anemia of CKD
PSH: AVF creation R arm 2015, L bunionectomy 1998, tonsils as a kid
Meds (per pharmacy fill hx + pt's bag):
 - insulin glargine 22u qHS
 - insulin lispro 4-6u w/ meals (pt-adjusted)
 - sevelamer carb 1600mg, 1 dose per meal
 - calcitriol 0.25mcg every AM
 - cinacalcet 30mg daily ("sometimes forgets")
 - amlodipine 10mg, carvedilol 12.5mg BID
 - atorvastatin 40mg
 - epoetin at HD, iron sucrose at HD
 - tramadol 50mg prn (outside rx)
 NO anticoagulation. Pt says never took coumadin.
Allergies: sulfa (hives)
FHx: mom - DM, died of MI at 70. Dad - unknown. No skin disease in family that she knows of.
SHx: lives w/ sister in a 2nd floor apt. Retired school cafeteria worker. Quit cigs 2009 (20 pk-yr). Rare wine. No drugs.

ROS (14 pt):
 Const - poor sleep d/t pain, no f/c, appetite ok
 Eyes - floaters, chronic
 ENT/mouth - neg
 CV - neg for CP, ankle swelling at baseline
 Pulm - neg, no cough
 GI - mild nausea on HD days, no BRBPR
 GU - makes minimal urine
 MSK - knees ache
 Skin - see HPI. denies other sores
 Neuro - tingling feet (neuropathy)
 Psych - "just tired of all this"
 Endo - sugars 150s-200s
 Heme - bruises easily
 Allergic/imm - neg

PE: T37.1 HR88 BP162/90 RR16 SpO2 97% RA   Wt 96.2kg, BMI 33.4
Gen: uncomfortable, holding a pillow away from her stomach
Abd: soft, large pannus. LLQ, roughly 5 cm lat to the umbilicus: 6x4.5cm stellate, violaceous, indurated plaque w/ a 2 cm black adherent eschar centrally + a net-like purple rim. Exquisitely tender. Scattered small healed needle marks across the same L lower quadrant. R side of abdomen clear.
Ext: no edema. Feet w/o ulcers.
Skin otherwise: no other lesions seen on full skin check.

Labs: Ca9.9, PO4 7.8 (!), PTH914, Alb3.1. WBC8.2.

A/P: 61F ESRD/HD, DM on insulin, obese, w/ painful necrotic LLQ plaque -> high concern for calciphylaxis. Ddx: infected injection site / abscess (no fluctuance), warfarin necrosis (not on warfarin), vasculitis.
 - derm consult for bx
 - renal aware, will talk about thiosulfate + binder changes
 - pain: dilaudid small doses; gabapentin 100mg after each HD
 - pt asked to move insulin away from the lesion for now (R upper arm) - inpt RN to give
Seen and discussed w/ Dr. Pellegrino (intern) and Dr. Asante (senior).
"""),
("2019-11-06", "Dermatology Consult", """
Derm inpatient consult
Reason: ? calciphylaxis abd wall
Hx reviewed w/ pt. Key point from our history: pt self-injects all insulin (glargine + lispro, 5-6 shots/day) into the left lower abdomen, same small field, for well over a year. Lesion arose inside that field.
Exam: LLQ, in the insulin injection zone, retiform violaceous plaque, eschar ~2 cm centrally (black), livedo fanning out inferolaterally. Firm, woody on palpation. No sinus tract.
Procedure: consent signed; two 6mm deep punches taken at the plaque margin, L lower abdomen. Sutured x 1 each. Hemostasis ok.
Impression: clinically very suspicious for calciphylaxis, sitting where she has needled herself over and over (insulin). Path pending, von Kossa requested.
Recs: local wound care w/ petrolatum + nonadherent gauze daily. Avoid any further injections into the abdomen on either side. Will follow.
"""),
("2019-11-12", "Progress Note - Intern", """
PGY1 progress note HD#9
S: pain better w/ hydromorphone + first 2 doses sodium thiosulfate (given with HD). Slept 5 hrs.
O: afebrile. wt 95.3kg, BMI 32.8. LLQ plaque same size, eschar dry, edges less erythematous.
Path back (final): calcified subcutaneous arterioles, intimal thickening, thrombosed lumens, necrotic fat; positive von Kossa. DIAGNOSIS: calciphylaxis.
A/P: bx-proven calciphylaxis, LLQ abd wall, exactly her usual insulin spot; ESRD/HD.
 1. Calciphylaxis - sodium thiosulfate 25g at every HD run, d/c calcitriol, non-Ca binder (done), cinacalcet uptitrate. Wound RN following.
 2. DM - basal insulin now given in upper arms by nursing; teach pt site rotation prior to d/c.
 3. HTN - ok.
Dispo: likely d/c home Fri w/ home health.
"""),
]}

F02 = {"patient_id": "F02", "age": 72, "sex": "M", "notes": [
("2021-01-19", "Intern Admission H&P", """
Internal Medicine H&P  -  Dr. K. Moynihan, PGY-1
Patient: Ambrose Tilley   72M   Admitted from: nephro clinic (direct)

Chief complaint: low back - painful black spots

HPI: Mr Tilley is a 72 y/o man w/ ESRD from IgA nephropathy, doing PD at home (cycler overnight, 5 exchanges) since 2018, AFib on warfarin, HTN, who was sent over by his nephrologist for two painful dark sores across the lower back. He hurt his back carrying a recliner for his grandson at Thanksgiving and "ever since Thanksgiving" has slept on an electric heating pad turned to HIGH lying across his low back, both sides, basically all night, plus a lot of afternoons in his chair. His wife first saw "two purple marks like somebody pinched him hard" on Saturday January 9th when she was helping him out of the shower. Since then both have become raised, hard and very tender, the middle of the L one is black now and the R-sided one has a blister on it. Denies fever. No falls. He says the PD fluid is clear, no abd pain.
Pt is very HOH, hx obtained w/ wife at bedside and pocket talker.

PMH: IgA nephropathy -> ESRD, on PD | pAF, CHA2DS2-VASc = 3 | HTN | BPH | lumbar DJD | gout
 Not diabetic - A1c was 5.4 in Nov.
PSH: PD cath placement 2018, TURP 2016, R inguinal hernia repair 1990s
Home meds:
 warfarin 5mg most days, half tab (2.5) Mon + Thu, INR goal 2-3
 metoprolol succinate 50 daily
 calcium acetate 667mg 2 caps with meals
 doxercalciferol (given by PD nurse)
 allopurinol 100 daily
 tamsulosin 0.4 qhs
 darbepoetin q2wk
 acetaminophen prn
NKDA
Social: married 48 yrs, lives in a ranch house outside Millbrook. Retired diesel mechanic. Former smoker (quit 1985). 1-2 beers/wk. Independent ADLs, uses cane outside.
Family hx: brother w/ kidney stones. Parents both deceased (stroke, "old age").

ROS
 Gen: fatigue, no fevers/chills/sweats
 HEENT: hard of hearing
 Heart: occasional palps (known AF)
 Lungs: no SOB, no cough
 GI: appetite down, BMs regular
 GU: nocturia x3
 MSK: low back pain since Nov, now overshadowed by the skin pain
 Skin: the lesions. no rashes elsewhere
 Neuro/psych: negative

Exam: 36.9  76 irreg  148/82  18  96% RA  Ht 180 cm Wt 87.8kg BMI 27.1
 Back: across the lumbar area there is a band of lacy reddish-brown mottling (his wife says this is where the heating pad sits). Within it, R paraspinal: 4x3cm violaceous indurated plaque w/ overlying flaccid bulla. L paraspinal: 5x4cm plaque, black necrotic center. Both tender++ to light touch.
 Abd: PD catheter exit site clean, soft, NT.
 Rest of exam unremarkable; no edema.

Labs: INR2.6. Ca10.2 PO4 6.1 PTH388. Alb2.9.

Assessment/Plan: 72M PD pt on warfarin w/ two necrotic lumbar plaques within an area of heat exposure (heating pad since Thanksgiving). Concern for calciphylaxis - warfarin + PD + high Ca x P. Also consider thermal burn, erythema ab igne w/ ulceration.
 - derm c/s, bx
 - hold calcium acetate; start sevelamer
 - wife is taking the heating pad home today
 - AF: continue warfarin for now, d/w renal re: switch
 - pain control
"""),
("2021-01-21", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE
Thanks for consulting on this 72M PD pt.
Hx: nightly heating pad on lower back since late Nov (Thanksgiving). Two lesions noted 1/9/21.
Exam: reticulated red-brown hyperpigmentation across the lumbar back = erythema ab igne (heat pad). Superimposed on this, bilateral low back plaques - right: 4 cm dusky plaque w/ hemorrhagic bulla; left: 5 cm plaque, retiform purpura, necrotic center. Induration extends beyond the visible purpura.
Bx: 5 mm punch x2 from the L low back plaque edge and the R one.
Imp: necrotic retiform purpura, PD + warfarin, located precisely in the band the heating pad covered night after night - calciphylaxis favored. Burn less likely given induration + livedoid border.
Recs: f/u path. gentle wound care. No heat to the area.
"""),
("2021-01-27", "Nephrology Progress Note", """
Renal f/u
Bx results: both specimens show small dermal + subcut vessels w/ calcium in their walls, thrombosed; consistent w/ calciphylaxis. Derm agrees.
Plan w/ pt and wife: warfarin discontinued today, will start apixaban 2.5 BID after cards input. IV sodium thiosulfate 3x/wk via PIV while inpt then arrange at outpt infusion. Switched binder to sevelamer (done). Increase PD dwell volume slightly for phos. BMI 27.0 on today's weight.
Educated: no heating pad, use acetaminophen + lidocaine patch AWAY from the wounds for the back pain.
"""),
]}

F03 = {"patient_id": "F03", "age": 58, "sex": "F", "notes": [
("2022-04-25", "Admission H&P - MS4 Sub-I", """
ADMIT NOTE (Sub-I)   Gen Med Blue
Ms. Consuela Ferrante, 58 y.o. woman

CC: R leg wound, "it's eating a hole in me"

HPI: Pt w/ ESRD on HD MWF x 3 yrs (L forearm fistula), T2DM (oral meds only, never on insulin), HTN, R knee osteoarthritis, presents w/ a painful sore behind the right leg just under the knee. Story: her ortho PA fitted a hinged knee brace for the R knee OA in mid-March. The brace has two velcro straps and she admits she keeps the lower one "really tight, otherwise it slides down." She wears it all day, takes it off to sleep. She first noticed the sore on Easter Sunday - she took the brace off to change for church and saw a dark red, very tender patch at the back of the calf "exactly where the bottom strap goes". Since then it went purple then black in the center and is now weeping a bit. Pain 8-10/10, sharp, constant, much worse w/ the brace so she stopped wearing it 4/20. Denies fevers/chills. No trauma/fall to the leg. She did not put anything hot or cold on it.

PMH: ESRD (HTN + DM nephropathy) | T2DM | HTN | R knee OA | GERD | depression
PSH: L forearm AVF 2019, hysterectomy 2005, R carpal tunnel release
Meds:
 linagliptin 5mg daily
 glipizide 2.5mg daily (held on HD days)
 nifedipine XL 60
 lisinopril 20
 calcium carbonate 1250mg TID w/ meals (used as binder)
 paricalcitol at dialysis
 omeprazole 20
 sertraline 50
 meloxicam -> she was told to stop, still takes it "once in a while"
 no blood thinners
All: PCN (rash)
SH: lives w/ husband + adult son. Works part time at a dry cleaner (standing). Never smoker, no EtOH, no drugs.
FH: DM in mom and 2 sisters. Father HTN.

ROS:
 general - tired, no wt change
 eyes/ENT - wears readers
 cardiac - denies chest pain
 respiratory - negative
 GI - heartburn, controlled
 GU - anuric
 musculoskel - R knee pain chronic
 integument - calf wound only
 neuro - no numbness
 psych - low mood, stable on sertraline
 heme/lymph - no swollen glands
 endo - neg

PE
 VS: Tm37.4, P92, BP138/76, RR18, O2 98%. Wt 80.1kg, Ht 163.5 cm -> BMI 30.0
 R posterior proximal calf, ~8 cm below popliteal crease: 5x3.5cm horizontally oriented ulcer, black eschar, ringed by firm purple-red indurated skin and a faint lacy livedo pattern. Very tender. A horizontal band of faint pressure mark is visible around the calf at the same level.
 R knee: crepitus, no effusion.
 L leg: normal.
 Pulses: DP 1+ bilat.

Labs: Ca10.4 (on Ca carbonate), PO4 6.6, PTH540.

A/P: 58F, ESRD/HD, DM, obese (BMI 30.0), on calcium-based binder; painful necrotic R calf ulcer right where a brace strap has been pressing for weeks. Leading dx calciphylaxis; ddx pressure ulcer, cellulitis, arterial ulcer (pulses palpable, less likely).
 - derm / wound consult, bx
 - stop calcium carbonate, start sevelamer
 - stop meloxicam
 - ABI
 - no brace
"""),
("2022-04-27", "Wound Care / Dermatology Consult", """
Derm + wound team joint consult
58F on HD, R calf ulcer. We confirmed with pt and husband that the brace's lower strap lies across the upper posterior R calf and that she wore it tight every day from about the middle of March until 4/20. The ulcer's long axis lines up with where the strap crosses.
Exam: R posterior calf 5.2x3.6cm ulcer, 100% black eschar; retiform purpuric rim; deep induration, exquisite tenderness. ABI 1.02 R.
Procedure: 4 mm punch x 2 from the violaceous edge, R calf. Tolerated w/ local lido.
Imp: Calciphylaxis strongly suspected, sitting under the brace strap that pressed on her daily (Koebner-type distribution).
Recs: await path; no sharp debridement yet; foam dressing, offload.
"""),
("2022-05-02", "Progress Note - Intern", """
Intern PN
Bx: calcified small vessels within the subcut fat + necrosis, von Kossa highlights medial calcification -> calciphylaxis confirmed.
Pt informed; she says "so that brace did this". Explained trigger vs cause.
Plan: STS with HD, cinacalcet start, wound RN, palliative care for pain. BMI today 30.0 (80.0kg). DM: cont linagliptin.
"""),
]}

F04 = {"patient_id": "F04", "age": 66, "sex": "F", "notes": [
("2024-01-10", "Intern Admission H&P", """
H&P  --  PGY1 Dr. Okonkwo-Reyes
Pt: Harriet Lindqvist 66F

CC: L breast pain, dark skin

HPI: 66F with ESRD (HD since 2020 - HTN nephrosclerosis), hx L breast invasive ductal ca s/p L lumpectomy 08/22/2023 (declined radiation, on anastrozole), hx provoked DVT 2020 - warfarin for a year, off since 2021, obesity, who presents w/ worsening pain + discoloration of the L breast. She says two months ago the area along her scar "started to look bruised" and got very sore, then a hard lump formed under the skin next to the scar. Over the last 2 wks the skin over it turned dark gray/black and she has had sharp pain (10/10) when her bra touches it. Her onc at the community cancer center was worried about recurrence and sent her in. Afebrile at home, no drainage, nothing from the nipple.

PMH: ESRD, HD on Mondays/Weds/Fridays (started via R IJ tunneled line, now L arm AVG) | L breast IDC stage I, ER+ | HTN | hx DVT (2020) | obesity | hypothyroid
PSH: L lumpectomy 8/22/23 | AVG 2021 | knee arthroscopy 1999
Meds:
 anastrozole 1mg qd
 levothyroxine 88mcg
 labetalol 200 BID
 hydralazine 50 TID
 sevelamer 800 TID
 cinacalcet 60 qd
 epo w/ HD
 oxycodone 5 prn (from onc)
 (no anticoagulant now; warfarin stopped 2021)
Allergies: codeine - n/v
Social: widowed, lives alone in a condo, daughter nearby. Former bank teller. Never smoked. Social EtOH rare. Drives.
Fam: mother - breast ca at 70. Father - ESRD? "his kidneys failed" - died on dialysis.

ROS
 Con: anorexia x 1 mo, 3 lb wt loss
 HEENT: -
 Breasts: see HPI
 CV: -
 Resp: -
 GI: constipation (oxy)
 GU: anuric
 MSK: -
 Skin: no other spots
 Neuro: -
 Psych: anxious re: cancer
 Endo: cold intolerance, chronic

PE  T36.8 HR84 BP171/88 RR16 98%  Wt 97.0kg BMI 36.2
 L breast: healed curvilinear lumpectomy scar upper outer quadrant, approx 7 cm. Along the outer two-thirds of the scar a 6x5cm indurated plaque w/ stellate purpura and a 3 cm central dusky-black necrotic area. Tender ++. No palpable axillary LAD. R breast nl.
 Rest nonfocal.

Labs: Ca9.6, PO4 5.9, PTH612, Alb3.3

A/P: necrotic plaque within L lumpectomy scar in HD pt. ddx: recurrence, post-op fat necrosis, calciphylaxis (at surgical scar), warfarin necrosis (off warfarin >2y, unlikely).
 - surg onc + derm consult
 - breast US
 - pain control
"""),
("2024-01-11", "Surgical Oncology Consult", """
Surg Onc consult
Known to our service. L lumpectomy + SLNB performed by Dr Haverkamp on 8/22/2023, margins neg. Uneventful post-op course, incision healed by 2 wks.
Now: necrotic indurated plaque overlying and tracking along the lateral L lumpectomy incision. US: no discrete mass, diffuse edema of subcut fat, no collection.
Imp: appearance not typical of recurrence. Given ESRD and the livedoid border I'd favor a vascular process such as calciphylaxis at the scar over fat necrosis. Agree with derm bx. Will follow path.
"""),
("2024-01-15", "Dermatology Consult Follow-up", """
Derm f/u
Path from 1/12 incisional bx (L breast, edge of plaque): small vessel walls calcified in the subcutis, microthrombi, septal panniculitis + necrotic fat. No carcinoma. von Kossa + .
Dx: calciphylaxis of the left breast, localized to the lumpectomy scar.
Recs: thiosulfate each dialysis, wound care (hydrogel + foam), avoid compressive bra, pain mgmt, consider HBO if available.
"""),
("2024-01-19", "Discharge Summary", """
DISCHARGE SUMMARY
Admit 1/10/2024  D/c 1/19/2024
Principal dx: calciphylaxis, L breast (biopsy proven), arising in lumpectomy scar
Secondary: ESRD on HD, L breast ca on anastrozole, HTN, obesity (BMI 36.0 at d/c), remote DVT (prior warfarin, stopped 2021)
Course: admitted for necrotic L breast plaque ~2 months duration. Recurrence ruled out by imaging + path. Bx c/w calciphylaxis. Started thiosulfate 25g, given 3x/wk on dialysis, cinacalcet increased, sevelamer cont. Pain managed w/ hydromorphone -> oxycodone.
F/u: HD unit (STS), derm 2 wks, surg onc 4 wks, palliative clinic.
"""),
]}

F05 = {"patient_id": "F05", "age": 79, "sex": "M", "notes": [
("2024-01-08", "Admission H&P - MS3", """
Student H&P - Medicine Gold
Pt: Walter "Walt" Brodeur, 79 yo M. Historian: daughter (Denise) > pt (mild dementia)

CC: "Dad's shin sore won't heal and now it's black"

HPI: 79M w/ ESRD - HD Tues/Thurs/Sat - and T2DM (NPH insulin), CAD s/p CABG, mild dementia, brought in by daughter for a nonhealing, increasingly painful sore on his shin. Per daughter, he banged his shin on the dishwasher door, which was open, early last fall ("he walked right into it, there was a big purple goose egg"). The bruise faded mostly but "since Halloween" there has been a sore right at that spot that keeps getting bigger + darker, now w/ a black crust. He grimaces when anything touches it, won't wear long pants. No fevers. Daughter gives his NPH into his stomach twice a day, never his legs. No heat/ice used on the leg.
Pt himself says "I kicked the dang dishwasher" and that it "hurts like the devil".

PMH: ESRD 2/2 DM, HD since 2019 | T2DM | CAD, CABG 2012 | ischemic CMP EF 40% | dementia, mild (MoCA 19) | BPH | hypothyroid
PSH: CABG x3, R brachiobasilic AVF, TURP
Meds:
 NPH 14u qAM, 8u qPM (daughter draws up + gives)
 ASA 81
 clopidogrel 75mg qd
 metoprolol tart 25mg twice a day
 atorvastatin 80
 levothyroxine 50
 sevelamer 1600 TID
 calcitriol 0.5mcg daily
 donepezil 5
 NO warfarin (never)
NKA
SHx: widower, lives w/ daughter + son-in-law. Ex-machinist. Quit smoking 1990 (40 pk-yr). No alcohol x 20 yrs.
FHx: noncontributory per daughter; brother had "sugar".

ROS (obtained mostly from daughter):
 constitutional: sleeps more, eats less
 eyes: cataracts
 ears/nose/throat: neg
 cardiovasc: no CP, stable DOE
 resp: no cough
 GI: neg
 GU: anuric
 MSK: shin pain as above
 skin: the shin. also "thin skin, bruises" on forearms
 neuro: memory as baseline
 psych: irritable at night
 endo: BGs 90-250
 heme: on DAPT, bruises

Exam: T36.6 HR68 BP118/60 RR16 SpO2 95%  Wt 72.0kg BMI 25.3
 Gen: thin elderly man, NAD at rest
 Shin, anterior, mid-third: 4x3cm ulcer, thick black eschar, encircled by a purple 2 cm rim of very firm skin w/ branching livedo extending toward the ankle. Point tender. Old hemosiderin staining nearby.
 Pulses: DP/PT dopplerable only.
 CV: RRR, sternotomy scar. Lungs: bibasilar crackles.

Labs: Ca9.4 PO4 6.9 PTH720

A/P: 79M ESRD/HD, insulin-treated DM, w/ necrotic shin ulcer at a site of prior blunt injury (dishwasher door, early fall). ddx calciphylaxis vs arterial ulcer vs nonhealing traumatic wound.
 - ABI/art duplex
 - derm bx
 - wound care
"""),
("2024-01-10", "Dermatology Consult", """
Derm consult: 79M HD, shin ulcer.
Pt + daughter again describe walking into the dishwasher door last fall, w/ the sore appearing at the same spot around Halloween.
Exam: anterior shin, 4.2x3.1cm eschar-covered ulcer, retiform purpuric border, indurated. Arterial duplex (prelim): moderate tibial disease, not occlusive.
Bx: 6 mm punch from border.
Imp: favor calciphylaxis at site of prior trauma; path to confirm.
"""),
("2024-01-16", "Progress Note - Intern", """
PGY1 daily note
Path: subcut arterioles w/ medial calcium, fibrin plugging lumens, fat necrotic around them -> calciphylaxis.
A: calciphylaxis of the shin (biopsy proven), ESRD on HD, DM on NPH.
P: STS w/ HD started 1/13; stop calcitriol; cinacalcet 30; wound RN; goals of care w/ daughter - wants continued treatment. BMI unchanged 25.3.
"""),
]}

F06 = {"patient_id": "F06", "age": 54, "sex": "M", "notes": [
("2025-04-15", "Admission H&P - MS3", """
Medicine H&P (MS3 - R. Devaraj)   attending: Dr. Szabo

CC: painful purple patches both arms

HPI: 54 y/o gentleman, ESRD, dialysis M-W-F (L femoral tunneled cath while awaiting fistula), morbid obesity, OSA, who was hospitalized at an outside hospital in early March for a L popliteal DVT and sent home on enoxaparin. Because of his large abdominal pannus with intertrigo his home health RN gives the enoxaparin shots into his posterior upper arms, switching between R and L, every day since 3/2/2025. Pt c/o painful purple blotchy areas, back of both arms, x 2 wks, first small and blotchy, now spreading with hard centers, L worse than R, and the L one has a dark scab now. Pain 7/10, aching + stinging. Denies fever, denies injury. No other sores.

PMH: ESRD d/t FSGS, dialysis since 2023 | L popliteal DVT 3/2025 | obesity class III | OSA on CPAP | HTN | gout
 not diabetic (A1c 5.6)
PSH: L femoral tunneled HD cath (2/2025, after AVF thrombosed), lap band 2015 (removed 2018)
Meds:
 enoxaparin 100mg SC daily (renal-adjusted per OSH)
 amlodipine 10
 losartan 50
 sevelamer 2400 w/ meals
 calcitriol 0.25 daily
 colchicine 0.3mg twice weekly
 febuxostat 40
 never on warfarin
NKDA
Soc: lives with partner Gil. Works remote in IT. Former vaper, no cigs. No EtOH. Cannabis edibles occasionally for sleep.
Fam: dad ESRD (PKD? unclear), mom obese + T2DM.

ROS
 Gen: no f/c, gained weight
 Eyes/ENT: neg
 CVS: neg
 Resp: snoring, uses CPAP most nights
 GI: neg
 GU: makes ~300 cc urine/day
 MSK: L calf still a bit sore from the clot
 Skin: arms as above
 Neuro: neg
 Psych: neg
 Heme: no bleeding

PE: T37.0 HR90 BP152/94 RR18 SpO2 95%  Wt 142.5kg Ht 186.5 cm BMI 41.0
 Posterior upper arms: L - 7x5cm retiform violaceous plaque, 1.5cm black crust centrally and a livedo halo; R - 4x4cm purpuric indurated plaque, no eschar. Both tender.
 Abd: pannus w/ intertrigo, no lesions.
 L leg: trace edema.

Labs: Ca10.1 PO4 7.0 PTH495 Alb3.4. Anti-Xa 1.1.

A/P: necrotic plaques on both posterior upper arms of an HD pt, exactly at his enoxaparin sites. ddx: calciphylaxis; LMWH-induced skin necrosis; hematoma.
 - derm consult
 - hold enoxaparin SC; start heparin gtt while we sort this out
 - renal: binder adjustment
"""),
("2025-04-17", "Dermatology Consult", """
DERM CONSULT
54M HD, obesity. Posterior upper arm lesions bilat, L>R, confined to where home RN has given daily LMWH since early March. Pt recalls the purple blotches began about the 1st of April.
Exam: bilat posterior arms w/ retiform purpura, L w/ necrotic center. Deep induration.
Bx: 2 x 5 mm punch (L posterior arm edge, R posterior arm).
Prelim frozen not done. Final path (4/17 pm, rushed): small subcut vessels w/ calcium + clot -> calciphylaxis.
Imp: calciphylaxis at injection sites, bilateral upper arms.
Recs: stop all SC injections into the arms; STS; wound care.
"""),
("2025-04-22", "Discharge Summary - Intern", """
D/C summary
Dx: calciphylaxis of both posterior upper arms (where enoxaparin was injected); ESRD/HD; provoked DVT; obesity class III (BMI 40.6 at d/c)
Anticoag: enoxaparin stopped. Warfarin specifically avoided given calciphylaxis; started apixaban 2.5mg BID per hematology/renal.
Thiosulfate w/ every dialysis. Wound care by home health. Derm f/u 2 wks.
"""),
]}

F07 = {"patient_id": "F07", "age": 70, "sex": "F", "notes": [
("2026-03-09", "Intern Admission H&P", """
Hospital Medicine H&P - Dr T. Castellanos (PGY-1)
70F, Ms. Evangeline Ruskin

CC: R shoulder "burn" that won't heal

HPI: Ms Ruskin has ESRD on HD (TTS, L arm AVF), diet-controlled DM2, AF on warfarin, HTN, overweight. Last few months she's had R rotator cuff tendinitis (no injury, "just wore it out reaching for things") and since early February she's been using ice packs straight from the freezer on top of her right shoulder, 3 or 4 x daily, usually 30-40 min each time because "it numbs it good". 5 days ago she noticed a purplish, very painful patch up on the R shoulder where the ice packs sit, which by today has a dark center. She thought it was frostbite. Pain is severe, 9/10, different from the tendon pain. No fever.

PMH: ESRD (DM + HTN), HD since 2021 | DM2, diet only, A1c 6.6 | AFib on warfarin since 2017 | HTN | R RC tendinitis | cataracts s/p surgery
PSH: AVF, bilat cataract extraction, appendectomy (child)
Meds:
 warfarin 3mg qd, INR target 2-3
 diltiazem ER 180
 sevelamer 1600 TID
 calcitriol 0.25 qd
 acetaminophen 650 prn
 no insulin, no oral hypoglycemics
Allergies: latex
Social: lives with husband (Percy) in a duplex, retired church secretary. No tobacco ever. No EtOH.
Family: sister on HD.

ROS: positive for R shoulder pain, new skin lesion. Negative for: fevers, chills, wt loss, vision change, sore throat, CP, SOB, cough, abd pain, n/v, dysuria (anuric), joint swelling, numbness, weakness, mood change, bleeding, easy bruising.

PE: 36.7  82 irreg  144/78  16  97%RA  Wt 79.4kg BMI 29.9 (pt insists she's "just chunky"; overwt, shy of obese)
 R shoulder (superior/lateral): 5x4cm violaceous retiform plaque, gray-black necrotic center 1.5 cm, firm, livid border. Exquisitely tender. L shoulder normal. ROM R shoulder limited by pain.
Labs: INR3.1, Ca9.8, PO4 6.4, PTH380

A/P: 70F HD + warfarin w/ necrotic plaque at site of repeated ice pack use, R shoulder. ddx: calciphylaxis / frostbite-type cold injury / warfarin necrosis.
 - derm consult/bx
 - stop ice packs
 - hold warfarin tonight (INR3.1), d/w renal re alternatives
"""),
("2026-03-12", "Dermatology Consult Note", """
Dermatology
70F on HD and warfarin, R superior shoulder plaque started 3/4 at the spot she has iced since early Feb.
Bx 3/10 results: calcified arterioles and thrombi in the subcutis = calciphylaxis. Not cold panniculitis.
Dx: calciphylaxis, R shoulder.
Recs: stop warfarin -> apixaban (renal agrees), thiosulfate at dialysis, wound care. No ice or heat on skin.
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
